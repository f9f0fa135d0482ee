<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="290"/>
        <source>Sign in again</source>
        <translation>Vuelva a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="291"/>
        <source>The service did not accept the sign-in: the user name or password is not right, or the session has ended. Check the user name and password (they are case-sensitive) and sign in again.</source>
        <translation>El servicio no ha aceptado el inicio de sesión: el usuario o la contraseña no son correctos, o la sesión ha caducado. Compruebe el usuario y la contraseña (se distinguen mayúsculas y minúsculas) y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="295"/>
        <source>Hourly limit reached</source>
        <translation>Límite por hora alcanzado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="296"/>
        <source>This station has used all the calls it may make this hour. Try again in {0} minute(s); if this happens often, ask your administrator for a higher limit.</source>
        <translation>Este puesto ha hecho todas las consultas que tiene permitidas en esta hora. Vuelva a intentarlo dentro de {0} minuto(s); si ocurre a menudo, pida a su administrador un límite mayor.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="301"/>
        <source>Too many wrong sign-ins</source>
        <translation>Demasiados inicios de sesión fallidos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="302"/>
        <source>The service refuses sign-ins from this computer for {0} minute(s) after too many wrong user names or passwords. Wait, then sign in with the right password; if you do not know it, ask your administrator.</source>
        <translation>El servicio rechaza los inicios de sesión desde este ordenador durante {0} minuto(s) tras demasiados nombres de usuario o contraseñas incorrectos. Espere y después inicie sesión con la contraseña correcta; si no la sabe, pregunte a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="306"/>
        <source>No credits left</source>
        <translation>No quedan créditos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="307"/>
        <source>The FaceCheck account has no identification credits left. Ask your administrator to add credits; enrolling and editing records still work.</source>
        <translation>A la cuenta de FaceCheck no le quedan créditos de identificación. Pida a su administrador que añada créditos; dar de alta y editar fichas sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="47"/>
        <location filename="../../facestation/station/ui/ops.py" line="311"/>
        <source>Please check the details</source>
        <translation>Revise los datos, por favor</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="312"/>
        <source>The service did not accept the data: {0}. Correct it and try again.</source>
        <translation>El servicio no ha aceptado los datos: {0}. Corríjalos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="315"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="316"/>
        <source>That person or list does not exist (any more). Search again and choose it from the results.</source>
        <translation>Esa persona o lista no existe (o ya no existe). Vuelva a buscar y elíjala entre los resultados.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="319"/>
        <source> (reference {0})</source>
        <translation> (referencia {0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="320"/>
        <source>The service had a problem</source>
        <translation>El servicio ha tenido un problema</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="321"/>
        <source>The face service failed while doing this{0}. Try again in a moment; if it keeps happening, tell your administrator.</source>
        <translation>El servicio de reconocimiento ha fallado al hacer esto{0}. Vuelva a intentarlo en un momento; si sigue ocurriendo, avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="325"/>
        <source>The built-in service on this computer is not answering. The station is restarting it: wait a moment and try again.</source>
        <translation>El servicio integrado de este ordenador no responde. El puesto lo está reiniciando: espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="328"/>
        <source>The station cannot reach the FaceCheck service. Check that this computer is connected to the network (cable or Wi-Fi); the station keeps trying to reconnect.</source>
        <translation>El puesto no puede conectar con el servicio FaceCheck. Compruebe que este ordenador está conectado a la red (cable o wifi); el puesto sigue intentando reconectarse.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="330"/>
        <source>No connection</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="332"/>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="333"/>
        <source>The face service took too long to answer. Try again; if the network is slow, wait a moment first.</source>
        <translation>El servicio de reconocimiento ha tardado demasiado en responder. Vuelva a intentarlo; si la red va lenta, espere un momento antes.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="336"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="337"/>
        <source>This service does not offer this feature. The built-in service has it; the hosted service does not.</source>
        <translation>Este servicio no ofrece esta función. El servicio integrado la tiene; el servicio alojado, no.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="340"/>
        <location filename="../../facestation/station/ui/ops.py" line="346"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="341"/>
        <source>The face service reported a problem: {0}. Try again.</source>
        <translation>El servicio de reconocimiento ha informado de un problema: {0}. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="21"/>
        <source>Setup did not finish</source>
        <translation>La configuración no ha terminado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="22"/>
        <source>The station could not create its accounts: {0} Fix this and press the button again.</source>
        <translation>El puesto no ha podido crear sus cuentas: {0} Corríjalo y vuelva a pulsar el botón.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="27"/>
        <source>The built-in service did not start</source>
        <translation>El servicio integrado no se ha iniciado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="28"/>
        <source>{0} Close the station and open it again; if it keeps happening, send the log to your administrator.</source>
        <translation>{0} Cierre el puesto y vuelva a abrirlo; si sigue ocurriendo, envíe el registro a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="33"/>
        <source>Camera problem</source>
        <translation>Problema con la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="34"/>
        <source>{0} Check that the camera is plugged in and not used by another program, or use a photo or video file instead.</source>
        <translation>{0} Compruebe que la cámara está conectada y que no la usa otro programa, o utilice en su lugar una foto o un archivo de vídeo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="39"/>
        <source>The system keyring is not answering</source>
        <translation>El llavero del sistema no responde</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="40"/>
        <source>The station could not read its saved credentials because the system keyring did not answer. Nothing was lost: wait a moment and try again, or restart the station.</source>
        <translation>El puesto no ha podido leer sus credenciales guardadas porque el llavero del sistema no ha respondido. No se ha perdido nada: espere un momento y vuelva a intentarlo, o reinicie el puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="345"/>
        <source> The details were saved in {0}.</source>
        <translation> Los detalles se han guardado en {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="347"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.{0}</source>
        <translation>Ha ocurrido algo inesperado. Puede seguir trabajando; si vuelve a ocurrir, avise a su administrador.{0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="191"/>
        <source>Photo or video file…</source>
        <translation>Archivo de foto o vídeo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="211"/>
        <source>Camera chosen at start: {0}</source>
        <translation>Cámara elegida al arrancar: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="213"/>
        <source>Showing the file {0} instead of a camera</source>
        <translation>Mostrando el archivo {0} en lugar de una cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="219"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="224"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="228"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="230"/>
        <source>Camera: {0}</source>
        <translation>Cámara: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="221"/>
        <source>Camera: {0} (the camera chosen in the settings is not connected)</source>
        <translation>Cámara: {0} (la cámara elegida en los ajustes no está conectada)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="228"/>
        <source>camera number {0}</source>
        <translation>cámara número {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="232"/>
        <source>Camera: the first camera found</source>
        <translation>Cámara: la primera cámara encontrada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="238"/>
        <source>Photo or video: {0}</source>
        <translation>Foto o vídeo: {0}</translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="105"/>
        <source>Add people to a list</source>
        <translation>Añadir personas a una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="106"/>
        <source>Add people to “{0}”</source>
        <translation>Añadir personas a «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="108"/>
        <source>Type part of the person&apos;s name or their member number and press Search. Tap everyone to add, then press Add to list.</source>
        <translation>Escriba parte del nombre de la persona o su número de socio y pulse Buscar. Toque a cada persona que quiera añadir y pulse Añadir a la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="110"/>
        <source>&amp;Name or member number</source>
        <translation>&amp;Nombre o número de socio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="111"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="113"/>
        <source>This service cannot search by name: type the person&apos;s exact member number (or their record id) and press Find, then press Add to list.</source>
        <translation>Este servicio no puede buscar por nombre: escriba el número de socio exacto de la persona (o el id. de su ficha), pulse Localizar y después Añadir a la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="115"/>
        <source>Exact member &amp;number or record id</source>
        <translation>Número de &amp;socio exacto o id. de ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="116"/>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="117"/>
        <source>Add to list</source>
        <translation>Añadir a la lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="144"/>
        <source>Type the person&apos;s member number or record id first.</source>
        <translation>Escriba primero el número de socio o el id. de ficha de la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="149"/>
        <source>Looking for the person…</source>
        <translation>Buscando a la persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="160"/>
        <source>{0}   (already in this list)</source>
        <translation>{0}   (ya está en esta lista)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="179"/>
        <source>Nobody found. Check the spelling, or try part of the name or the member number.</source>
        <translation>No se ha encontrado a nadie. Revise cómo está escrito o pruebe con parte del nombre o con el número de socio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="181"/>
        <source>Nobody has this member number or record id. Check it and try again.</source>
        <translation>Nadie tiene este número de socio o id. de ficha. Compruébelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="183"/>
        <source>The first {0} of {1} found: type more of the name to find the person faster. {2} chosen.</source>
        <translation>Las primeras {0} de {1} personas encontradas: escriba más del nombre para encontrar antes a la persona. {2} elegidas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="186"/>
        <source>{0} found, {1} chosen. Tap a person to choose them.</source>
        <translation>{0} encontradas, {1} elegidas. Toque a una persona para elegirla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="197"/>
        <source>Choose at least one person to add.</source>
        <translation>Elija al menos a una persona para añadir.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="200"/>
        <source>Adding to the list…</source>
        <translation>Añadiendo a la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="221"/>
        <source>This list or person no longer exists. Press Cancel; the page shows the lists as they are now.</source>
        <translation>Esta lista o persona ya no existe. Pulse Cancelar; la página muestra las listas tal como están ahora.</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="238"/>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="239"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="241"/>
        <source>Who did what at this station, newest first. People appear only by their record number: the audit trail keeps no names and no photos. Choose filters to narrow the list; export it to hand it over.</source>
        <translation>Quién ha hecho qué en este puesto, lo más reciente primero. Las personas solo aparecen por su número de ficha: el registro de auditoría no guarda nombres ni fotos. Elija filtros para acotar la lista; expórtela para entregarla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="243"/>
        <source>&amp;Operator</source>
        <translation>&amp;Operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="243"/>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;Record number</source>
        <translation>Número de &amp;ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="247"/>
        <source>All operators</source>
        <translation>Todos los operadores</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="248"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="252"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="253"/>
        <source>Any record</source>
        <translation>Cualquier ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="254"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="256"/>
        <source>Record</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="256"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="257"/>
        <source>&amp;Check the audit trail</source>
        <translation>&amp;Comprobar el registro</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="258"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="259"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Signed in</source>
        <translation>Ha iniciado sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Signed out</source>
        <translation>Ha cerrado sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Station locked</source>
        <translation>Puesto bloqueado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="287"/>
        <source>Enrolled a person</source>
        <translation>Ha dado de alta a una persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="287"/>
        <source>Changed a record</source>
        <translation>Ha modificado una ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="288"/>
        <source>Deleted a record</source>
        <translation>Ha eliminado una ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="288"/>
        <source>Checked a face</source>
        <translation>Ha comprobado una cara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="289"/>
        <source>Reviewed a check</source>
        <translation>Ha revisado una comprobación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="289"/>
        <source>Created a list</source>
        <translation>Ha creado una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="290"/>
        <source>Changed a list</source>
        <translation>Ha modificado una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="290"/>
        <source>Deleted a list</source>
        <translation>Ha eliminado una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="291"/>
        <source>Added to a list</source>
        <translation>Ha añadido a una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="291"/>
        <source>Removed from a list</source>
        <translation>Ha quitado de una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="292"/>
        <source>Changed settings</source>
        <translation>Ha cambiado los ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="292"/>
        <source>Discarded a pending change</source>
        <translation>Ha descartado un cambio pendiente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="293"/>
        <source>Sent a pending change again</source>
        <translation>Ha reenviado un cambio pendiente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="294"/>
        <source>Tested the camera</source>
        <translation>Probó la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="302"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="302"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>match</source>
        <translation>coincide</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>no match</source>
        <translation>no coincide</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>needs review</source>
        <translation>hay que revisarlo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="308"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="318"/>
        <source>confidence {0}</source>
        <translation>confianza {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="320"/>
        <source>reason: “{0}”</source>
        <translation>motivo: «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="322"/>
        <source>consent obtained</source>
        <translation>con consentimiento</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="322"/>
        <source>no consent</source>
        <translation>sin consentimiento</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="324"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="370"/>
        <source>Reading the audit trail…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="389"/>
        <source>The audit trail could not be read: {0}</source>
        <translation>No se ha podido leer el registro de auditoría: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="405"/>
        <source>list {0}</source>
        <translation>lista {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="419"/>
        <source>No entries match these filters. Press Clear filters to see them all.</source>
        <translation>Ninguna entrada cumple estos filtros. Pulse Quitar filtros para verlas todas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="420"/>
        <source>No entries yet: actions at this station appear here.</source>
        <translation>Aún no hay entradas: aquí aparecen las acciones de este puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="422"/>
        <source>Showing the newest {0} entries. Narrow the filters to see older ones; the export includes them all.</source>
        <translation>Se muestran las {0} entradas más recientes. Acote los filtros para ver las anteriores; la exportación las incluye todas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="425"/>
        <source>Showing {0} entries.</source>
        <translation>Se muestran {0} entradas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="426"/>
        <source>Showing 1 entry.</source>
        <translation>Se muestra 1 entrada.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="439"/>
        <source>Checking the audit trail…</source>
        <translation>Comprobando el registro de auditoría…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="449"/>
        <source>The audit trail is intact: all {0} entries are as they were written.</source>
        <translation>El registro de auditoría está intacto: las {0} entradas están tal como se escribieron.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="450"/>
        <source>The audit trail is empty and intact.</source>
        <translation>El registro de auditoría está vacío e intacto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="457"/>
        <source> (written {0})</source>
        <translation> (escrita el {0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="459"/>
        <source>Entry {0}{1} was changed after it was written.</source>
        <translation>La entrada {0}{1} se modificó después de escribirse.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="460"/>
        <source>Entry {0}{1} was removed from the audit trail.</source>
        <translation>La entrada {0}{1} se ha eliminado del registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="461"/>
        <source>Entry {0}{1} is out of place: an entry was inserted, moved or replaced before it.</source>
        <translation>La entrada {0}{1} está fuera de su sitio: se insertó, movió o sustituyó una entrada antes de ella.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="463"/>
        <source>Entry {0}{1} was edited by hand and cannot be read.</source>
        <translation>La entrada {0}{1} se editó a mano y no se puede leer.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="464"/>
        <source>The last entries, from entry {0}{1} on, were removed.</source>
        <translation>Se han eliminado las últimas entradas, a partir de la entrada {0}{1}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="465"/>
        <source>Entry {0}{1} and the ones after it were added outside the station.</source>
        <translation>La entrada {0}{1} y las siguientes se añadieron fuera del puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="466"/>
        <source>Entry {0}{1} is not as it was written.</source>
        <translation>La entrada {0}{1} no está tal como se escribió.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="467"/>
        <source> The {0} entries before it are intact.</source>
        <translation> Las {0} entradas anteriores están intactas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="468"/>
        <source> The entry before it is intact.</source>
        <translation> La entrada anterior está intacta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="470"/>
        <source>The audit trail is not intact. {0}{1} Keep this station&apos;s files as they are and tell your administrator.</source>
        <translation>El registro de auditoría no está intacto. {0}{1} Deje los archivos de este puesto tal como están y avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="483"/>
        <source>Export the audit trail</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="487"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="487"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="492"/>
        <source>audit-trail-{0}.csv</source>
        <translation>registro-auditoria-{0}.csv</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="510"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="514"/>
        <source>Saved {0} entries to {1}.</source>
        <translation>Se han guardado {0} entradas en {1}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="515"/>
        <source>Saved 1 entry to {0}.</source>
        <translation>Se ha guardado 1 entrada en {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="523"/>
        <source>The audit trail was not saved to {0}: {1}. Choose another folder (for example Documents) and export again.</source>
        <translation>El registro de auditoría no se ha guardado en {0}: {1}. Elija otra carpeta (por ejemplo, Documentos) y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="378"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <location filename="../../facestation/station/ui/camera/choice.py" line="100"/>
        <source>The camera did not respond in time. Try again, or restart the station.</source>
        <translation>La cámara no ha respondido a tiempo. Vuelva a intentarlo o reinicie el puesto.</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="146"/>
        <source>Camera preview</source>
        <translation>Vista previa de la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="148"/>
        <source>Live picture from the camera with a guide showing where the head should be.</source>
        <translation>Imagen en directo de la cámara, con una guía que indica dónde debe quedar la cabeza.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="274"/>
        <source>No camera found.
Connect a USB camera, or load a photo from a file.</source>
        <translation>No se ha encontrado ninguna cámara.
Conecte una cámara USB o cargue una foto desde un archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="524"/>
        <source>Eyes here</source>
        <translation>Ojos aquí</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="579"/>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="238"/>
        <source>Take photo now</source>
        <translation>Hacer la foto ya</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="239"/>
        <source>Take the photo now, even if some checks are not green (Space)</source>
        <translation>Hacer la foto ya, aunque alguna comprobación no esté en verde (Espacio)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="240"/>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="241"/>
        <source>Throw this photo away and take a new one (R)</source>
        <translation>Descartar esta foto y hacer otra (R)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="242"/>
        <source>Load photo from file…</source>
        <translation>Cargar foto desde archivo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="243"/>
        <source>Use a photo file instead of the camera; it is checked the same way (Ctrl+O)</source>
        <translation>Usar un archivo de foto en lugar de la cámara; se comprueba igual (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="244"/>
        <source>Take a photo</source>
        <translation>Hacer una foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="326"/>
        <source>Choose a photo of the person</source>
        <translation>Elija una foto de la persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="357"/>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="391"/>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="391"/>
        <source>This photo cannot be used</source>
        <translation>Esta foto no se puede usar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="398"/>
        <source>The video has ended. Load another file, or choose a camera.</source>
        <translation>El vídeo ha terminado. Cargue otro archivo o elija una cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="408"/>
        <source>The camera is off.
Choose a camera, or load a photo from a file.</source>
        <translation>La cámara está apagada.
Elija una cámara o cargue una foto desde un archivo.</translation>
    </message>
</context>
<context>
    <name>CapturedPhotoCard</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="90"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="123"/>
        <source>No photo yet</source>
        <translation>Aún no hay foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="126"/>
        <source>Taken automatically when every check is green.</source>
        <translation>Se hace sola cuando todo está en verde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="128"/>
        <source>Press “Take photo now” when every check is green.</source>
        <translation>Pulse «Hacer la foto ya» cuando todo esté en verde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="131"/>
        <source>No photo taken yet</source>
        <translation>Aún no se ha hecho ninguna foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="136"/>
        <source>✓ Passes every check</source>
        <translation>✓ Todo correcto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="140"/>
        <source>✗ Does not pass every check</source>
        <translation>✗ Algo no cumple</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="142"/>
        <source>Not passed: %s</source>
        <translation>No cumple: %s</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="145"/>
        <source>Taken by hand</source>
        <translation>Hecha a mano</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="145"/>
        <source>Taken automatically</source>
        <translation>Hecha automáticamente</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="249"/>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="250"/>
        <source>Correct and send again</source>
        <translation>Corregir y volver a enviar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="254"/>
        <source>Send it &amp;without the lists (add the person to lists later)</source>
        <translation>Enviarla &amp;sin las listas (añada a la persona a las listas más tarde)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="256"/>
        <source>C&amp;hoose another photo…</source>
        <translation>&amp;Elegir otra foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="258"/>
        <source>The new photo is sent instead of this one.</source>
        <translation>Se enviará la foto nueva en lugar de esta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="259"/>
        <source>The photo kept for this change.</source>
        <translation>La foto guardada para este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="260"/>
        <source>The server could not use this photo: choose another.</source>
        <translation>El servidor no ha podido usar esta foto: elija otra.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="262"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="263"/>
        <source>List &amp;name</source>
        <translation>&amp;Nombre de la lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="263"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="266"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="267"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="268"/>
        <source>&amp;Save and send again</source>
        <translation>&amp;Guardar y volver a enviar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="274"/>
        <source>Choose another photo</source>
        <translation>Elegir otra foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="296"/>
        <source>Reading the photo…</source>
        <translation>Leyendo la foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="312"/>
        <source>“{0}” cannot be used as a photo: {1}. Choose another file.</source>
        <translation>«{0}» no se puede usar como foto: {1}. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="360"/>
        <source>A queued enrolment needs a member / employee number. Type one.</source>
        <translation>Un alta en cola necesita un número de socio o de empleado. Escriba uno.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="363"/>
        <source>The server could not use the photo: choose another photo first.</source>
        <translation>El servidor no ha podido usar la foto: elija antes otra foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="369"/>
        <source>Type the list&apos;s name.</source>
        <translation>Escriba el nombre de la lista.</translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="99"/>
        <source>Photo just taken</source>
        <translation>Foto recién hecha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="100"/>
        <source>Already enrolled</source>
        <translation>Ya dada de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="102"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="103"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="104"/>
        <source>Member / employee no.: {0}</source>
        <translation>N.º de socio / empleado: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="105"/>
        <source>No member / employee no.</source>
        <translation>Sin n.º de socio / empleado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="106"/>
        <source>In: {0}</source>
        <translation>En: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="109"/>
        <source>Same person</source>
        <translation>La misma persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="109"/>
        <source>Possibly the same person</source>
        <translation>Posiblemente la misma persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="110"/>
        <source>{0} ({1} % alike)</source>
        <translation>{0} (parecido del {1} %)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="111"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="181"/>
        <source>Already enrolled?</source>
        <translation>¿Ya está dada de alta?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="183"/>
        <source>This person may already be enrolled</source>
        <translation>Puede que esta persona ya esté dada de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="185"/>
        <source>This person may already be enrolled ({0} possible matches)</source>
        <translation>Puede que esta persona ya esté dada de alta ({0} posibles coincidencias)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="188"/>
        <source>Compare the photos. If it is the same person, press Cancel: nothing is saved, and you can find them on the Records page. If it is someone else, press Enrol anyway.</source>
        <translation>Compare las fotos. Si es la misma persona, pulse Cancelar: no se guarda nada y puede encontrarla en la página Fichas. Si es otra persona, pulse Dar de alta igualmente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="190"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="191"/>
        <source>&amp;Enrol anyway</source>
        <translation>Dar de alta &amp;igualmente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="251"/>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="252"/>
        <source>Possible duplicates in “{0}”</source>
        <translation>Posibles duplicados en «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="254"/>
        <source>A possible duplicate is two people in this list whose faces look so alike that they may be one person enrolled twice. Open both records: if they are one person, delete the extra record (or move its details into the other first). If they are two people, press Not the same person.</source>
        <translation>Un posible duplicado son dos personas de esta lista cuyas caras se parecen tanto que pueden ser una sola persona dada de alta dos veces. Abra las dos fichas: si son la misma persona, elimine la ficha sobrante (o pase antes sus datos a la otra). Si son dos personas, pulse No es la misma persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="257"/>
        <source>No one in this list looks enrolled twice.</source>
        <translation>Nadie de esta lista parece estar dado de alta dos veces.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="258"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="266"/>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="286"/>
        <source>Looking for people enrolled twice…</source>
        <translation>Buscando personas dadas de alta dos veces…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="270"/>
        <source>The {0} most likely of {1} pairs, most likely first.</source>
        <translation>Los {0} pares más probables de {1}, primero los más probables.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="273"/>
        <source>1 pair to look at.</source>
        <translation>1 par que revisar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="275"/>
        <source>{0} pairs to look at, most likely first.</source>
        <translation>{0} pares que revisar, primero los más probables.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="290"/>
        <source>This service cannot look for people enrolled twice.</source>
        <translation>Este servicio no puede buscar personas dadas de alta dos veces.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="305"/>
        <source>The possible duplicates could not be loaded. {0}</source>
        <translation>No se han podido cargar los posibles duplicados. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="352"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="374"/>
        <source>Not saved. {0}</source>
        <translation>No se ha guardado. {0}</translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="211"/>
        <source>Enrol a person</source>
        <translation>Dar de alta a una persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="212"/>
        <source>Take the photo, type the details, press Enrol.</source>
        <translation>Haga la foto, escriba los datos y pulse Dar de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="213"/>
        <source>Retake the photo</source>
        <translation>Repetir la foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="215"/>
        <source>The person a&amp;grees</source>
        <translation>La pers&amp;ona acepta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="216"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Dar de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="217"/>
        <source>Save this person with the photo and the details (Ctrl+Enter)</source>
        <translation>Guardar a esta persona con la foto y los datos (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="221"/>
        <source>Lists this person joins</source>
        <translation>Listas a las que se une esta persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="223"/>
        <source>Move with the arrow keys; Space ticks or unticks the list shown.</source>
        <translation>Muévase con las flechas; Espacio marca o desmarca la lista resaltada.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="254"/>
        <source>Enrolling… Wait a moment, or press Cancel at the bottom of the window.</source>
        <translation>Dando de alta… Espere un momento o pulse Cancelar en la parte inferior de la ventana.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="256"/>
        <source>The person follows the instructions on the screen; then check the details.</source>
        <translation>La persona sigue las indicaciones de la pantalla; después revise los datos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="258"/>
        <source>Ask the person to try again, or retake the photo.</source>
        <translation>Pida a la persona que lo intente de nuevo, o repita la foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="260"/>
        <source>First take the photo (automatic when every check is green), or load one from a file.</source>
        <translation>Primero haga la foto (se hace sola cuando todas las comprobaciones están en verde) o cárguela desde un archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="262"/>
        <source>First take the photo (press Take photo now when every check is green), or load one from a file.</source>
        <translation>Primero haga la foto (pulse «Hacer la foto ya» cuando todo esté en verde) o cárguela desde un archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="265"/>
        <source>Check the details, then press Enrol (Ctrl+Enter).</source>
        <translation>Revise los datos y pulse Dar de alta (Ctrl+Intro).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="319"/>
        <source>The lists could not be loaded. {0}</source>
        <translation>No se han podido cargar las listas. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="330"/>
        <source>Take the photo first: look at the camera until every check is green, or press “Take photo now”.</source>
        <translation>Primero haga la foto: que la persona mire a la cámara hasta que todas las comprobaciones estén en verde, o pulse «Hacer la foto ya».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="334"/>
        <source>A live person is not confirmed yet: the person follows the instructions on the screen first.</source>
        <translation>Aún no se ha confirmado que sea una persona real: primero la persona sigue las indicaciones de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="340"/>
        <source>Read the sentence to the person; tick the box once they agree. Without their consent they cannot be enrolled.</source>
        <translation>Lea la frase a la persona y marque la casilla cuando acepte. Sin su consentimiento no se le puede dar de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="367"/>
        <source>Checking whether {0} is already enrolled, then enrolling…</source>
        <translation>Comprobando si {0} ya está dado/a de alta y dando de alta…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="368"/>
        <source>Enrolling {0}…</source>
        <translation>Dando de alta a {0}…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="392"/>
        <source>Stopped. {0} IS enrolled, but may not be in every ticked list: check on the Lists page.</source>
        <translation>Detenido. {0} SÍ está dado/a de alta, pero puede que no esté en todas las listas marcadas: compruébelo en la página Listas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="396"/>
        <source>Stopped. {0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation>Detenido. Puede que {0} ya esté dado/a de alta: búsquelo/a en la página Fichas antes de volver a pulsar Dar de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="400"/>
        <source>Stopped. Nothing was saved; press Enrol to try again.</source>
        <translation>Detenido. No se ha guardado nada; pulse Dar de alta para volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="414"/>
        <source>{0} is enrolled.</source>
        <translation>{0} está dado/a de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="418"/>
        <source>There are no lists yet, so the station did not check whether this person was already enrolled.</source>
        <translation>Aún no hay listas, así que el puesto no ha comprobado si esta persona ya estaba dada de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="421"/>
        <source>The check for people already enrolled was skipped: the account has no identification credits left.</source>
        <translation>No se ha comprobado si la persona ya estaba dada de alta: a la cuenta no le quedan créditos de identificación.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="424"/>
        <source>The check for people already enrolled was skipped: this service does not offer it.</source>
        <translation>No se ha comprobado si la persona ya estaba dada de alta: este servicio no lo ofrece.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="428"/>
        <source>No connection: adding {0} to the list “{1}” is kept on this station and done as soon as the service answers again.</source>
        <translation>Sin conexión: añadir a {0} a la lista «{1}» queda guardado en este puesto y se hará en cuanto el servicio vuelva a responder.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="433"/>
        <source>{0} IS enrolled, but adding them to the list “{1}” did not work: {2} Add them to it on the Lists page.</source>
        <translation>{0} SÍ está dado/a de alta, pero no se ha podido añadir a la lista «{1}»: {2} Añádalo/a en la página Listas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="454"/>
        <source>{0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation>Puede que {0} ya esté dado/a de alta: búsquelo/a en la página Fichas antes de volver a pulsar Dar de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="473"/>
        <source>Keeping the enrolment on this station…</source>
        <translation>Guardando el alta en este puesto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="492"/>
        <source>No connection: {0} is saved on this station and will be enrolled as soon as the service answers again (number {1}). The duplicate check will not run for this person.</source>
        <translation>Sin conexión: {0} queda guardado/a en este puesto y se dará de alta en cuanto el servicio vuelva a responder (número {1}). Para esta persona no se comprobará si ya estaba dada de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="502"/>
        <source>No connection, and {0} could not be kept on this station either: {1} Press Enrol again when the service answers.</source>
        <translation>Sin conexión, y tampoco se ha podido guardar a {0} en este puesto: {1} Vuelva a pulsar Dar de alta cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="521"/>
        <source>The service did not accept the details: {0}. Correct them and press Enrol again.</source>
        <translation>El servicio no ha aceptado los datos: {0}. Corríjalos y vuelva a pulsar Dar de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="530"/>
        <source>The service found no face in this photo.</source>
        <translation>El servicio no ha encontrado ninguna cara en esta foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="531"/>
        <source>The face is too small in this photo: the person should come closer to the camera.</source>
        <translation>La cara sale demasiado pequeña en esta foto: la persona debe acercarse más a la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="533"/>
        <source>There is more than one face in this photo: only the person to enrol may be in front of the camera.</source>
        <translation>Hay más de una cara en esta foto: delante de la cámara solo puede estar la persona a la que se da de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="535"/>
        <source>This photo is too large to send.</source>
        <translation>Esta foto es demasiado grande para enviarla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="537"/>
        <source>The service could not read this photo.</source>
        <translation>El servicio no ha podido leer esta foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="538"/>
        <source>{0} Press “Retake the photo” and take a new one.</source>
        <translation>{0} Pulse «Repetir la foto» y haga una nueva.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="584"/>
        <source>Not enrolled. If it is the same person, find them on the Records page; if not, press Enrol and choose “Enrol anyway”.</source>
        <translation>No se ha dado de alta. Si es la misma persona, búsquela en la página Fichas; si no, pulse Dar de alta y elija «Dar de alta igualmente».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="55"/>
        <source>Tr&amp;y again</source>
        <translation>Intentar &amp;de nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="98"/>
        <source>Could not confirm a live person: try again</source>
        <translation>No se pudo confirmar que sea una persona real: inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="105"/>
        <source>Live person not confirmed</source>
        <translation>Persona real no confirmada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="106"/>
        <source>{0} Enrol only if you have checked the person yourself.</source>
        <translation>{0} Dé de alta solo si ha comprobado usted mismo a la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="109"/>
        <source>Could not confirm a live person</source>
        <translation>No se pudo confirmar que sea una persona real</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="110"/>
        <source>{0} Retake the photo to start again.</source>
        <translation>{0} Repita la foto para empezar de nuevo.</translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="135"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.</source>
        <translation>Ha ocurrido algo inesperado. Puede seguir trabajando; si vuelve a ocurrir, avise a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="138"/>
        <source>The details were saved in {0}.</source>
        <translation>Los detalles se han guardado en {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="140"/>
        <location filename="../../facestation/station/ui/app.py" line="142"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="309"/>
        <source>FaceStation: first start</source>
        <translation>FaceStation: primer inicio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="310"/>
        <source>Welcome to FaceStation</source>
        <translation>Bienvenido/a a FaceStation</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="312"/>
        <source>First, choose where this station checks faces. If you are not sure, choose the first option.</source>
        <translation>Primero, elija dónde comprueba las caras este puesto. Si no está seguro/a, elija la primera opción.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="314"/>
        <source>Built-in local service (recommended)</source>
        <translation>Servicio local integrado (recomendado)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="315"/>
        <source>Everything stays on this computer. No account and no internet needed.</source>
        <translation>Todo se queda en este ordenador. No hace falta cuenta ni internet.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="317"/>
        <source>FaceCheck hosted service</source>
        <translation>Servicio alojado de FaceCheck</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="318"/>
        <source>Use a FaceCheck account over the internet. You need the client id and client secret that FaceCheck gave you.</source>
        <translation>Usar una cuenta de FaceCheck por internet. Necesita el id. de cliente y el secreto de cliente que le dio FaceCheck.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="320"/>
        <source>Click one of the two options to continue. You can change this later in the settings, with the admin PIN.</source>
        <translation>Haga clic en una de las dos opciones para continuar. Puede cambiarlo más adelante en los ajustes, con el PIN de administración.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="322"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="324"/>
        <source>Create the first operator</source>
        <translation>Crear el primer operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="326"/>
        <source>Operators sign in to use the station. Choose a user name and a password for the person who works at this desk.</source>
        <translation>Los operadores inician sesión para usar el puesto. Elija un nombre de usuario y una contraseña para la persona que trabaja en este mostrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="328"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="329"/>
        <source>for example: reception</source>
        <translation>por ejemplo: recepcion</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="330"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="331"/>
        <source>at least {0} characters</source>
        <translation>al menos {0} caracteres</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="332"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="333"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="350"/>
        <source>&amp;Admin PIN</source>
        <translation>&amp;PIN de administración</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="334"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="351"/>
        <source>at least {0} digits</source>
        <translation>al menos {0} cifras</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="335"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="352"/>
        <source>Repeat PIN</source>
        <translation>Repetir PIN</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="336"/>
        <source>The admin PIN protects the settings and leaving full-screen mode. Choose at least {0} digits and keep it somewhere safe.</source>
        <translation>El PIN de administración protege los ajustes y la salida del modo de pantalla completa. Elija al menos {0} cifras y guárdelo en un lugar seguro.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="340"/>
        <source>Next: the station prepares its built-in service (about a minute at most), then you sign in.</source>
        <translation>A continuación: el puesto prepara su servicio integrado (como mucho, un minuto) y después usted inicia sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="341"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="356"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="342"/>
        <source>Set up the station</source>
        <translation>Configurar el puesto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="344"/>
        <source>Connect to FaceCheck</source>
        <translation>Conectar con FaceCheck</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="346"/>
        <source>Type the details FaceCheck gave you. If you do not have them, ask your administrator.</source>
        <translation>Escriba los datos que le dio FaceCheck. Si no los tiene, pídaselos a su administrador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="347"/>
        <source>Service &amp;address</source>
        <translation>&amp;Dirección del servicio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="348"/>
        <source>&amp;Client id</source>
        <translation>&amp;Id. de cliente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="349"/>
        <source>Client &amp;secret</source>
        <translation>&amp;Secreto de cliente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="355"/>
        <source>Next: you sign in with your FaceCheck operator account; the station checks these details then.</source>
        <translation>A continuación: usted inicia sesión con su cuenta de operador de FaceCheck; entonces el puesto comprueba estos datos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="357"/>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="359"/>
        <source>The station is ready</source>
        <translation>El puesto está listo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="360"/>
        <source>Test the camera?</source>
        <translation>¿Probar la cámara?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="362"/>
        <source>Ask someone to sit where people will stand: in 15 seconds the station checks the light, the sharpness and where people should stand. You can also do it later in Settings → Camera.</source>
        <translation>Pida a alguien que se siente donde se colocarán las personas: en 15 segundos el puesto comprueba la luz, la nitidez y dónde deben colocarse las personas. También puede hacerlo más tarde en Ajustes → Cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="364"/>
        <source>&amp;Test the camera now</source>
        <translation>&amp;Probar la cámara ahora</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="365"/>
        <source>Later: continue to sign in</source>
        <translation>Más tarde: continuar a iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="366"/>
        <source>Continue to sign in</source>
        <translation>Continuar e iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="387"/>
        <source>The built-in service is running on this computer.

Next: sign in with the operator account you just created ({0}).</source>
        <translation>El servicio integrado está funcionando en este ordenador.

A continuación: inicie sesión con la cuenta de operador que acaba de crear ({0}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="391"/>
        <source>The station will use the FaceCheck service at {0}.

Next: sign in with your FaceCheck operator user name and password.</source>
        <translation>El puesto usará el servicio FaceCheck de {0}.

A continuación: inicie sesión con su usuario y contraseña de operador de FaceCheck.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="394"/>
        <source>Warning: this computer has no secure password store (OS keyring), so the station keeps its secret in an encrypted file instead:
{0}
Anyone who can use this computer account could read it. Ask your administrator whether to set up a keyring.</source>
        <translation>Aviso: este ordenador no tiene un almacén seguro de contraseñas (llavero del sistema), así que el puesto guarda su secreto en un archivo cifrado:
{0}
Cualquiera que pueda usar esta cuenta del ordenador podría leerlo. Pregunte a su administrador si conviene configurar un llavero.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="443"/>
        <source>The admin PIN needs at least {0} digits (numbers only).</source>
        <translation>El PIN de administración necesita al menos {0} cifras (solo números).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="445"/>
        <source>The two PINs are not the same: type the PIN again in both boxes.</source>
        <translation>Los dos PIN no coinciden: vuelva a escribir el PIN en las dos casillas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="454"/>
        <source>Type a user name for the operator.</source>
        <translation>Escriba un nombre de usuario para el operador.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="455"/>
        <source>The user name cannot contain spaces.</source>
        <translation>El nombre de usuario no puede contener espacios.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="456"/>
        <source>The password needs at least {0} characters.</source>
        <translation>La contraseña necesita al menos {0} caracteres.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="458"/>
        <source>The two passwords are not the same: type the password again in both boxes.</source>
        <translation>Las dos contraseñas no coinciden: vuelva a escribir la contraseña en las dos casillas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="468"/>
        <source>Setting up the built-in service… this takes up to a minute.</source>
        <translation>Configurando el servicio integrado… tarda hasta un minuto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="476"/>
        <source>The service address must start with https:// (for example {0}).</source>
        <translation>La dirección del servicio debe empezar por https:// (por ejemplo, {0}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="479"/>
        <source>{0} is not encrypted: the client secret, passwords and photos would travel in clear. Use an https:// address (http:// is only for this computer).</source>
        <translation>{0} no está cifrada: el secreto de cliente, las contraseñas y las fotos viajarían sin protección. Use una dirección https:// (http:// solo sirve para este ordenador).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="488"/>
        <source>Type the client id FaceCheck gave you.</source>
        <translation>Escriba el id. de cliente que le dio FaceCheck.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="490"/>
        <source>Type the client secret FaceCheck gave you.</source>
        <translation>Escriba el secreto de cliente que le dio FaceCheck.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="501"/>
        <source>Saving the connection details…</source>
        <translation>Guardando los datos de conexión…</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="36"/>
        <source>Look at the camera</source>
        <translation>Mire a la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="37"/>
        <source>Only one person in view, please</source>
        <translation>Solo una persona a la vista, por favor</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="38"/>
        <source>Come closer</source>
        <translation>Acérquese</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="39"/>
        <source>Move back a little</source>
        <translation>Retírese un poco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="40"/>
        <source>Move a little to your left</source>
        <translation>Muévase un poco hacia su izquierda</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="41"/>
        <source>Move a little to your right</source>
        <translation>Muévase un poco hacia su derecha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="42"/>
        <source>Move up a little</source>
        <translation>Súbase un poco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="43"/>
        <source>Move down a little</source>
        <translation>Bájese un poco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="44"/>
        <source>Turn your head slightly to your left</source>
        <translation>Gire la cabeza ligeramente hacia su izquierda</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="45"/>
        <source>Turn your head slightly to your right</source>
        <translation>Gire la cabeza ligeramente hacia su derecha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="46"/>
        <source>Lower your chin slightly</source>
        <translation>Baje ligeramente la barbilla</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="47"/>
        <source>Raise your chin slightly</source>
        <translation>Suba ligeramente la barbilla</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="48"/>
        <source>Keep your head straight, don&apos;t tilt it</source>
        <translation>Mantenga la cabeza recta, sin inclinarla</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="49"/>
        <source>Open your eyes</source>
        <translation>Abra los ojos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="50"/>
        <source>Close your mouth, neutral expression</source>
        <translation>Cierre la boca, expresión neutra</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="51"/>
        <source>Too dark: add light in front of you</source>
        <translation>Demasiado oscuro: ponga más luz delante de usted</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="52"/>
        <source>Too bright: reduce the light on your face</source>
        <translation>Demasiado claro: reduzca la luz sobre su cara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="53"/>
        <source>The light behind you is too strong</source>
        <translation>La luz que tiene detrás es demasiado fuerte</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="54"/>
        <source>Light your face evenly from the front</source>
        <translation>Ilumine la cara de frente y de manera uniforme</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="55"/>
        <source>Red eyes: turn off the flash and retake</source>
        <translation>Ojos rojos: apague el flash y repita la foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="56"/>
        <source>A plain background is needed behind you</source>
        <translation>Hace falta un fondo liso detrás de usted</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="57"/>
        <source>Hold still, the image is blurry</source>
        <translation>No se mueva, la imagen sale movida</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="60"/>
        <source>Hold still…</source>
        <translation>No se mueva…</translation>
    </message>
</context>
<context>
    <name>GuidanceBanner</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="177"/>
        <source>Instructions for the person being photographed</source>
        <translation>Indicaciones para la persona a la que se fotografía</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="254"/>
        <source>Ready: press Take photo now</source>
        <translation>Listo: pulse «Hacer la foto ya»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="284"/>
        <source>Photo taken. Thank you!</source>
        <translation>Foto hecha. ¡Gracias!</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="286"/>
        <source>Photo taken, but it does not pass every check</source>
        <translation>Foto hecha, pero no cumple todas las comprobaciones</translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="298"/>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="341"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="300"/>
        <source>Add many people at once from a spreadsheet saved as CSV and a folder with their photos. Every photo gets the same checks as on the Enrol page; people already stored are left as they are.</source>
        <translation>Añada muchas personas a la vez desde una hoja de cálculo guardada como CSV y una carpeta con sus fotos. Cada foto pasa las mismas comprobaciones que en la página Alta; las personas que ya están guardadas no se tocan.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="302"/>
        <source>&amp;People file (CSV):</source>
        <translation>Archivo de &amp;personas (CSV):</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="303"/>
        <source>Choose the CSV file with one line per person</source>
        <translation>Elija el archivo CSV con una línea por persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="304"/>
        <source>C&amp;hoose file…</source>
        <translation>Elegir a&amp;rchivo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="305"/>
        <source>Ph&amp;oto folder:</source>
        <translation>Carpeta de &amp;fotos:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="306"/>
        <source>Choose the folder with the photos named in the file</source>
        <translation>Elija la carpeta con las fotos que nombra el archivo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="307"/>
        <source>Choose &amp;folder…</source>
        <translation>Elegir &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="308"/>
        <source>&amp;List:</source>
        <translation>&amp;Lista:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="309"/>
        <source>No list</source>
        <translation>Sin lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="311"/>
        <source>People whose line names no list go to this list. Type a new name to make a new list.</source>
        <translation>Las personas cuya línea no indica lista van a esta lista. Escriba un nombre nuevo para crear una lista nueva.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="313"/>
        <source>The first line of the file names the columns: name, surname1, surname2, externalIdentifier, photo, list. The photo column holds the photo&apos;s file name in the photo folder.</source>
        <translation>La primera línea del archivo nombra las columnas: name, surname1, surname2, externalIdentifier, photo, list. La columna photo lleva el nombre del archivo de la foto en la carpeta de fotos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="315"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="316"/>
        <source>&amp;Start import</source>
        <translation>&amp;Iniciar la importación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="318"/>
        <source>You can keep this window open or stop the import. People already imported stay; starting the same file again goes on where it stopped.</source>
        <translation>Puede dejar esta ventana abierta o detener la importación. Las personas ya importadas se quedan; si vuelve a iniciar el mismo archivo, continúa donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="320"/>
        <source>S&amp;top import</source>
        <translation>&amp;Detener la importación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Why not imported</source>
        <translation>Por qué no se importó</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="322"/>
        <source>&amp;Import again…</source>
        <translation>Importar de &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="323"/>
        <source>&amp;Save the result…</source>
        <translation>&amp;Guardar el resultado…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="324"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="343"/>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="344"/>
        <source>Importing people…</source>
        <translation>Importando personas…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="346"/>
        <source>Import stopped</source>
        <translation>Importación detenida</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="348"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="380"/>
        <source>Choose the people file</source>
        <translation>Elija el archivo de personas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="382"/>
        <source>CSV files (*.csv *.CSV *.txt)</source>
        <translation>Archivos CSV (*.csv *.CSV *.txt)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="382"/>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="625"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="390"/>
        <source>Choose the photo folder</source>
        <translation>Elija la carpeta de fotos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="429"/>
        <source>Choose the people file first (Choose file…).</source>
        <translation>Elija primero el archivo de personas (Elegir archivo…).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="432"/>
        <source>Choose the folder with the photos (Choose folder…).</source>
        <translation>Elija la carpeta con las fotos (Elegir carpeta…).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="456"/>
        <source>The photo folder {0} was not found. Choose the folder that holds the photos.</source>
        <translation>No se encontró la carpeta de fotos {0}. Elija la carpeta que contiene las fotos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="506"/>
        <source>%v of %m people</source>
        <translation>%v de %m personas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="508"/>
        <source>{0} imported · {1} already there · {2} failed the photo checks · {3} could not be imported</source>
        <translation>{0} importadas · {1} ya estaban · {2} no pasaron la revisión de la foto · {3} no se pudieron importar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="511"/>
        <source>Stopping: the people being sent now are finished first…</source>
        <translation>Deteniendo: primero se terminan las personas que se están enviando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="513"/>
        <source>Now: {0}</source>
        <translation>Ahora: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="515"/>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="520"/>
        <source>About {0} minute(s) left.</source>
        <translation>Quedan unos {0} minuto(s).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="525"/>
        <source>This station has used all the calls it may make this hour. The import waits and goes on by itself in about {0} minute(s).</source>
        <translation>Este puesto ha hecho todas las consultas permitidas en esta hora. La importación espera y continúa sola en unos {0} minuto(s).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="572"/>
        <source>{0} of {1} people imported, {2} were already there.</source>
        <translation>{0} de {1} personas importadas; {2} ya estaban.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="576"/>
        <source>{0} could not be imported: see below, correct them and import the same file again.</source>
        <translation>{0} no se pudieron importar: véalas abajo, corríjalas e importe de nuevo el mismo archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="582"/>
        <source>You stopped the import: {0} people were not started. Start the same file again to go on where it stopped.</source>
        <translation>Ha detenido la importación: {0} personas no se empezaron. Inicie de nuevo el mismo archivo para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="588"/>
        <source>Not imported</source>
        <translation>No importadas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="588"/>
        <source>Everyone in the file is now stored.</source>
        <translation>Todas las personas del archivo están guardadas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="596"/>
        <source>Photo {0}: {1}</source>
        <translation>Foto {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="621"/>
        <source>Save the import result</source>
        <translation>Guardar el resultado de la importación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="625"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="646"/>
        <source>Saving the result…</source>
        <translation>Guardando el resultado…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="651"/>
        <source>The result was saved to {0}.</source>
        <translation>El resultado se guardó en {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="659"/>
        <source>The result was not saved: {0}. Choose another folder (for example Documents) and save again.</source>
        <translation>El resultado no se guardó: {0}. Elija otra carpeta (por ejemplo Documentos) y guárdelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ListDetailsDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="159"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="160"/>
        <source>New list</source>
        <translation>Nueva lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="161"/>
        <source>Give the list a name people will recognise, for example “Pool members” or “Staff”. Then add people to it.</source>
        <translation>Dé a la lista un nombre que se reconozca, por ejemplo «Socios de la piscina» o «Personal». Después añada personas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="163"/>
        <source>Create list</source>
        <translation>Crear lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="165"/>
        <source>Rename or describe a list</source>
        <translation>Cambiar el nombre o la descripción de una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="166"/>
        <source>Rename or describe “{0}”</source>
        <translation>Cambiar el nombre o la descripción de «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="167"/>
        <source>Change the name or the description, then press Save. The people in the list stay in it.</source>
        <translation>Cambie el nombre o la descripción y pulse Guardar. Las personas de la lista siguen en ella.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="169"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="170"/>
        <source>List &amp;name (required)</source>
        <translation>&amp;Nombre de la lista (obligatorio)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="171"/>
        <source>&amp;Description (optional)</source>
        <translation>&amp;Descripción (opcional)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="172"/>
        <source>What the list is for, e.g. “Members who may use the pool”</source>
        <translation>Para qué es la lista, p. ej. «Socios que pueden usar la piscina»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="189"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="221"/>
        <source>Type a name for the list.</source>
        <translation>Escriba un nombre para la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="194"/>
        <source>Creating the list…</source>
        <translation>Creando la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="200"/>
        <source>Saving the list…</source>
        <translation>Guardando la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="218"/>
        <source>Another list is already called “{0}”. Choose a different name.</source>
        <translation>Ya hay otra lista llamada «{0}». Elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="223"/>
        <source>This list was deleted in the meantime. Press Cancel; the page shows the lists as they are now.</source>
        <translation>Esta lista se ha eliminado mientras tanto. Pulse Cancelar; la página muestra las listas tal como están ahora.</translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="316"/>
        <source>List to check a&amp;gainst:</source>
        <translation>Lista con la que compa&amp;rar:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="317"/>
        <source>Choose a list</source>
        <translation>Elija una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="336"/>
        <source>{0} (1 person)</source>
        <translation>{0} (1 persona)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="338"/>
        <source>{0} ({1} people)</source>
        <translation>{0} ({1} personas)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="348"/>
        <source>There are no lists yet. Create one on the Lists page and add people to it.</source>
        <translation>Aún no hay listas. Cree una en la página Listas y añada personas.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="201"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="202"/>
        <source>A list is a group of people, for example your pool members. Verify can check whether a visitor is in a list. Choose a list to see who is in it.</source>
        <translation>Una lista es un grupo de personas, por ejemplo los socios de la piscina. Verificar puede comprobar si un visitante está en una lista. Elija una lista para ver quién está en ella.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="205"/>
        <source>This service cannot list its lists: shown are the lists this station created or opened, and the people this station added.</source>
        <translation>Este servicio no puede mostrar sus listas: se muestran las listas que este puesto ha creado o abierto, y las personas que este puesto ha añadido.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="207"/>
        <source>&amp;Open a list by id…</source>
        <translation>A&amp;brir una lista por id.…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="208"/>
        <source>Your lists</source>
        <translation>Sus listas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="209"/>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="210"/>
        <source>Rename / descr&amp;ibe…</source>
        <translation>Cambiar nombre / desc&amp;ripción…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="211"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="212"/>
        <source>S&amp;how more</source>
        <translation>&amp;Mostrar más</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="213"/>
        <source>Re&amp;move from list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="214"/>
        <source>Take the chosen people out of this list. They stay enrolled.</source>
        <translation>Sacar de esta lista a las personas elegidas. Siguen dadas de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="215"/>
        <source>&amp;Add person…</source>
        <translation>Añadir &amp;persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="223"/>
        <source>waiting to be created</source>
        <translation>pendiente de crear</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="225"/>
        <source>change waiting to be sent</source>
        <translation>cambio pendiente de enviar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="232"/>
        <source>nobody yet</source>
        <translation>aún nadie</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="233"/>
        <source>1 person</source>
        <translation>1 persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="233"/>
        <source>{0} people</source>
        <translation>{0} personas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="270"/>
        <source>Loading the lists…</source>
        <translation>Cargando las listas…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="300"/>
        <source>No connection: the lists are shown as they were last loaded. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation>Sin conexión: las listas se muestran como estaban la última vez que se cargaron. Los cambios que haga ahora se guardan en este puesto y se envían cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="306"/>
        <source>The lists could not be loaded. {0}</source>
        <translation>No se han podido cargar las listas. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="316"/>
        <source>No lists yet. Press New list… to make the first one.</source>
        <translation>Aún no hay listas. Pulse Nueva lista… para crear la primera.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="318"/>
        <source>No lists yet on this station. Press New list…, or open a list made elsewhere with Open a list by id…</source>
        <translation>Aún no hay listas en este puesto. Pulse Nueva lista… o abra una lista creada en otro sitio con Abrir una lista por id.…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="362"/>
        <source>The list “{0}” was made. Now add people with Add person…</source>
        <translation>Se ha creado la lista «{0}». Ahora añada personas con Añadir persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="365"/>
        <source>The list “{0}” was saved.</source>
        <translation>Se ha guardado la lista «{0}».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="387"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation>Sin conexión: el cambio se guarda y se envía cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="430"/>
        <source>Delete a list</source>
        <translation>Eliminar una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="431"/>
        <source>Delete the list “{0}”?</source>
        <translation>¿Eliminar la lista «{0}»?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="433"/>
        <source>The people in it stay enrolled</source>
        <translation>Las personas que contiene siguen dadas de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="434"/>
        <source>The person in it stays enrolled</source>
        <translation>La persona que contiene sigue dada de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="435"/>
        <source>The {0} people in it stay enrolled</source>
        <translation>Las {0} personas que contiene siguen dadas de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="436"/>
        <source>{0}: only the list goes. Verify can no longer check against this list.</source>
        <translation>{0}: solo se elimina la lista. Verificar ya no podrá comprobar con esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="438"/>
        <source>Delete the list</source>
        <translation>Eliminar la lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="439"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="459"/>
        <source>Deleting the list…</source>
        <translation>Eliminando la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="466"/>
        <source>The list was not deleted. {0}</source>
        <translation>No se ha eliminado la lista. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="476"/>
        <source>The list “{0}” was deleted. The people in it are still enrolled.</source>
        <translation>Se ha eliminado la lista «{0}». Las personas que contenía siguen dadas de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="496"/>
        <source>The list “{0}” is now shown on this station.</source>
        <translation>La lista «{0}» ya se muestra en este puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="544"/>
        <source>Loading the members…</source>
        <translation>Cargando los miembros…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="556"/>
        <source>No connection: the members cannot be loaded now. Changes you make are kept on this station and sent when the service answers.</source>
        <translation>Sin conexión: ahora no se pueden cargar los miembros. Los cambios que haga se guardan en este puesto y se envían cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="560"/>
        <source>The members could not be loaded. {0}</source>
        <translation>No se han podido cargar los miembros. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="592"/>
        <source>{0}   (waiting to be added)</source>
        <translation>{0}   (pendiente de añadir)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="578"/>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="580"/>
        <source>Choose a list on the left to see who is in it, or make a new one with New list…</source>
        <translation>Elija una lista a la izquierda para ver quién está en ella, o cree una nueva con Nueva lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="583"/>
        <source>Members of “{0}”</source>
        <translation>Miembros de «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="598"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="600"/>
        <source>Nobody is in this list yet. Press Add person… to add someone.</source>
        <translation>Aún no hay nadie en esta lista. Pulse Añadir persona… para añadir a alguien.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="603"/>
        <source>Showing {0} of {1} people.</source>
        <translation>Se muestran {0} de {1} personas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="605"/>
        <source>{0} in this list.</source>
        <translation>{0} en esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="607"/>
        <source>Only the people added at this station are shown.</source>
        <translation>Solo se muestran las personas añadidas en este puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="608"/>
        <source>Tap people to choose them.</source>
        <translation>Toque a las personas para elegirlas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="645"/>
        <source>1 person was added to “{0}”.</source>
        <translation>Se ha añadido 1 persona a «{0}».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="646"/>
        <source>{1} people were added to “{0}”.</source>
        <translation>Se han añadido {1} personas a «{0}».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="660"/>
        <source>Removing from the list…</source>
        <translation>Quitando de la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="672"/>
        <source>{0} was taken out of “{1}” (still enrolled).</source>
        <translation>{0} ha salido de «{1}» (sigue dado/a de alta).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="675"/>
        <source>{0} people were taken out of “{1}” (still enrolled).</source>
        <translation>{0} personas han salido de «{1}» (siguen dadas de alta).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="684"/>
        <source>People cannot be taken out of a list on this service. {0}</source>
        <translation>En este servicio no se puede sacar a personas de una lista. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="35"/>
        <source>About 1 in {0} strangers would be matched to someone in this list.</source>
        <translation>Aproximadamente 1 de cada {0} desconocidos se confundiría con alguien de esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="36"/>
        <source>About every second stranger would be matched to someone in this list.</source>
        <translation>Aproximadamente uno de cada dos desconocidos se confundiría con alguien de esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="37"/>
        <source>Fewer than 1 in a million strangers would be matched to someone in this list.</source>
        <translation>Menos de 1 de cada millón de desconocidos se confundiría con alguien de esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="39"/>
        <source>So a match here needs a confidence of {0} or more ({1} elsewhere).</source>
        <translation>Por eso aquí una coincidencia necesita una confianza de {0} o más ({1} en otros casos).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="40"/>
        <source>(Estimated from reference photos until the list has more members.)</source>
        <translation>(Calculado con fotos de referencia hasta que la lista tenga más miembros.)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="42"/>
        <source>Very likely the same person (confidence {0})</source>
        <translation>Muy probablemente la misma persona (confianza {0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="43"/>
        <source>Possibly the same person (confidence {0})</source>
        <translation>Posiblemente la misma persona (confianza {0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="88"/>
        <source>How likely a stranger is matched in this list cannot be shown right now.</source>
        <translation>Ahora no se puede mostrar cuántos desconocidos se confundirían en esta lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="94"/>
        <source>A stranger is someone who is not in the list. The station works this out from the faces in the list and the confidence a match needs here.</source>
        <translation>Un desconocido es alguien que no está en la lista. El puesto lo calcula a partir de las caras de la lista y de la confianza que aquí necesita una coincidencia.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="98"/>
        <source>Possible &amp;duplicates ({0})</source>
        <translation>Posibles &amp;duplicados ({0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="100"/>
        <source>People in this list whose faces look alike enough to be one person enrolled twice.</source>
        <translation>Personas de esta lista cuyas caras se parecen lo bastante como para ser una sola persona dada de alta dos veces.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="50"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="52"/>
        <source>{0}   ·   No. {1}</source>
        <translation>{0}   ·   N.º {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="54"/>
        <source>{0}   (switched off: not recognised)</source>
        <translation>{0}   (ficha desactivada: no se reconoce)</translation>
    </message>
</context>
<context>
    <name>Liveness</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="34"/>
        <source>Blink</source>
        <translation>Parpadee</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="36"/>
        <source>Turn your head to your left</source>
        <translation>Gire la cabeza hacia su izquierda</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="38"/>
        <source>Turn your head to your right</source>
        <translation>Gire la cabeza hacia su derecha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="39"/>
        <source>Well done. Look at the camera…</source>
        <translation>Muy bien. Mire a la cámara…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="44"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="49"/>
        <source>Live person: confirmed</source>
        <translation>Persona real: confirmada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="55"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="56"/>
        <source>{0} · {1} s</source>
        <translation>{0} · {1} s</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="62"/>
        <source>No answer to the prompt in time.</source>
        <translation>No respondió a la indicación a tiempo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="63"/>
        <source>The head turned like a flat picture (a photo or a screen?).</source>
        <translation>La cabeza giró como una imagen plana (¿una foto o una pantalla?).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="65"/>
        <source>Turned the other way.</source>
        <translation>Giró hacia el otro lado.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="66"/>
        <source>The face left the camera.</source>
        <translation>La cara salió de la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="67"/>
        <source>A different face at the end.</source>
        <translation>Al final había otra cara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="68"/>
        <source>Looks like a phone, tablet or printed photo.</source>
        <translation>Parece un teléfono, una tableta o una foto impresa.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="69"/>
        <source>The check was stopped.</source>
        <translation>Se detuvo la comprobación.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="206"/>
        <location filename="../../facestation/station/ui/main_window.py" line="207"/>
        <source>FaceStation</source>
        <translation>FaceStation</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Enrol</source>
        <translation>&amp;Alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Records</source>
        <translation>&amp;Fichas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="209"/>
        <source>&amp;Lists</source>
        <translation>&amp;Listas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="217"/>
        <source>&amp;Sign out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="218"/>
        <source>Sign out and clear this operator&apos;s data from the screen</source>
        <translation>Cerrar sesión y quitar de la pantalla los datos de este operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="219"/>
        <source>Activit&amp;y</source>
        <translation>Ac&amp;tividad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="220"/>
        <source>Who did what at this station, and when (admin PIN)</source>
        <translation>Quién ha hecho qué en este puesto, y cuándo (PIN de administración)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="221"/>
        <source>Se&amp;ttings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="223"/>
        <source>Calls this hour: %v of %m</source>
        <translation>Consultas esta hora: %v de %m</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="361"/>
        <source>Camera: not started</source>
        <translation>Cámara: sin iniciar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="225"/>
        <source>The camera starts with the Enrol and Verify screens.</source>
        <translation>La cámara se enciende con las pantallas Alta y Verificar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="211"/>
        <source>Add a new person with their photo (Ctrl+1)</source>
        <translation>Dar de alta a una persona nueva con su foto (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="212"/>
        <source>Check that the person in front of the camera is who they say (Ctrl+2)</source>
        <translation>Comprobar que la persona ante la cámara es quien dice ser (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="213"/>
        <source>Find, correct or delete the people already enrolled (Ctrl+3)</source>
        <translation>Buscar, corregir o eliminar a las personas ya dadas de alta (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="214"/>
        <source>Groups of people, such as members or staff (Ctrl+4)</source>
        <translation>Grupos de personas, como socios o personal (Ctrl+4)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="222"/>
        <source>Server, camera, photo checks, times, appearance and accessibility (admin PIN)</source>
        <translation>Servidor, cámara, comprobaciones de la foto, tiempos, apariencia y accesibilidad (PIN de administrador)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="300"/>
        <source>Built-in service</source>
        <translation>Servicio integrado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="300"/>
        <source>FaceCheck service</source>
        <translation>Servicio FaceCheck</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="303"/>
        <source>● {0}: connected</source>
        <translation>● {0}: conectado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="305"/>
        <source>● {0}: connecting…</source>
        <translation>● {0}: conectando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="307"/>
        <source>● {0}: restarting…</source>
        <translation>● {0}: reiniciando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="309"/>
        <source>● {0}: no connection, retrying…</source>
        <translation>● {0}: sin conexión, reintentando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="321"/>
        <source>Operator: {0}</source>
        <translation>Operador: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="321"/>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="323"/>
        <source>Signed in as
{0}</source>
        <translation>Sesión iniciada como
{0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="331"/>
        <source>Sign-in renews itself at {0}</source>
        <translation>La sesión se renueva a las {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="332"/>
        <source>Sign-in renews at {0}</source>
        <translation>Se renueva a las {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="333"/>
        <source>The sign-in (access token) is valid until {0}; the station renews it by itself while you work.</source>
        <translation>La sesión (token de acceso) es válida hasta las {0}; el puesto la renueva solo mientras usted trabaja.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="348"/>
        <source>{0} of {1} calls used in the last hour; {2} left.</source>
        <translation>{0} de {1} consultas usadas en la última hora; quedan {2}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="351"/>
        <source>The next call is possible in {0} s.</source>
        <translation>La próxima consulta será posible dentro de {0} s.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="361"/>
        <source>Camera: {0:.0f} fps</source>
        <translation>Cámara: {0:.0f} fps</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="370"/>
        <source>Pending: {0} · needs attention: {1}</source>
        <translation>Pendientes: {0} · requieren atención: {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="371"/>
        <source>Pending: {0} · ⚠ {1}</source>
        <translation>Pendientes: {0} · ⚠ {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="373"/>
        <source>Pending: {0}</source>
        <translation>Pendientes: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="376"/>
        <source>Changes kept on this station until the service answers; they are sent by themselves. Click to see them, and to correct those the service refused.</source>
        <translation>Cambios guardados en este puesto hasta que el servicio responda; se envían solos. Haga clic para verlos y para corregir los que el servicio ha rechazado.</translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="101"/>
        <source>Against a &amp;person</source>
        <translation>Con una &amp;persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="103"/>
        <source>Check that the person is who their member or employee number says</source>
        <translation>Comprobar que la persona es quien dice su número de socio o de empleado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="104"/>
        <source>Against a ph&amp;oto</source>
        <translation>Con una f&amp;oto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="106"/>
        <source>Compare the person with a photo, for example the one on their ID document</source>
        <translation>Comparar a la persona con una foto, por ejemplo la de su documento de identidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="107"/>
        <source>Against a l&amp;ist</source>
        <translation>Con &amp;una lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="108"/>
        <source>Find out who on a list this person is</source>
        <translation>Averiguar quién de una lista es esta persona</translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <location filename="../../facestation/station/ui/offline.py" line="107"/>
        <source>Unsent enrolments are kept safe but cannot be opened until the system keyring answers; until then changes go straight to the server. Restart the station or sign in again if this stays.</source>
        <translation>Las altas sin enviar están a salvo, pero no se pueden abrir hasta que responda el llavero del sistema; mientras tanto, los cambios van directamente al servidor. Si sigue así, reinicie el puesto o vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>OpenListDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="256"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="257"/>
        <source>Open a list by id</source>
        <translation>Abrir una lista por id.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="258"/>
        <source>A list made elsewhere (another station, the service&apos;s web portal) appears here once you open it by its id. Ask whoever made it for the id.</source>
        <translation>Una lista creada en otro sitio (otro puesto, el portal web del servicio) aparece aquí cuando la abre por su id. Pida el id. a quien la creó.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="260"/>
        <source>List &amp;id</source>
        <translation>&amp;Id. de la lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="261"/>
        <source>e.g. 3f2b8c1e-…</source>
        <translation>p. ej. 3f2b8c1e-…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="262"/>
        <source>Open list</source>
        <translation>Abrir lista</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="274"/>
        <source>Type or paste the list&apos;s id.</source>
        <translation>Escriba o pegue el id. de la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="277"/>
        <source>Opening the list…</source>
        <translation>Abriendo la lista…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="285"/>
        <source>The service has no list with this id. Check the id and try again.</source>
        <translation>El servicio no tiene ninguna lista con este id. Compruebe el id. y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="161"/>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="163"/>
        <source>They are two different people: this pair is not shown again.</source>
        <translation>Son dos personas distintas: este par no se vuelve a mostrar.</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="259"/>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="260"/>
        <source>Changes kept on this station</source>
        <translation>Cambios guardados en este puesto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="262"/>
        <source>When the server cannot be reached, enrolments and other changes wait here and are sent by themselves, in order, as soon as it answers again. Changes the server refused wait under “Needs attention” for you to correct or discard.</source>
        <translation>Cuando no se puede contactar con el servidor, las altas y otros cambios esperan aquí y se envían solos, en orden, en cuanto vuelve a responder. Los cambios que el servidor ha rechazado esperan en «Requieren atención» para que usted los corrija o los descarte.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="268"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="269"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="267"/>
        <source>Last problem</source>
        <translation>Último problema</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="268"/>
        <source>Why it was refused and what to do</source>
        <translation>Por qué se rechazó y qué hacer</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="270"/>
        <source>Nothing is waiting: everything was sent.</source>
        <translation>No hay nada pendiente: se ha enviado todo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="271"/>
        <source>Nothing needs attention: the server accepted every change.</source>
        <translation>Nada requiere atención: el servidor ha aceptado todos los cambios.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="272"/>
        <source>Send &amp;now</source>
        <translation>Enviar &amp;ya</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="273"/>
        <source>&amp;Correct and send again…</source>
        <translation>&amp;Corregir y volver a enviar…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="274"/>
        <source>Send &amp;again as it is</source>
        <translation>Volver a enviar &amp;tal cual</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="275"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="276"/>
        <source>Choose a change in the list, then what to do with it.</source>
        <translation>Elija un cambio de la lista y después qué hacer con él.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="277"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="283"/>
        <source>&amp;Waiting to be sent ({0})</source>
        <translation>&amp;En espera de envío ({0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="285"/>
        <source>Needs a&amp;ttention ({0})</source>
        <translation>&amp;Requieren atención ({0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="305"/>
        <source>The queue of changes is not open: sign in to see it.</source>
        <translation>La cola de cambios no está abierta: inicie sesión para verla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="329"/>
        <source>The queue of changes could not be read: {0}</source>
        <translation>No se ha podido leer la cola de cambios: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="365"/>
        <source>The server said: {0}</source>
        <translation>El servidor ha dicho: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="409"/>
        <source>Sending is not possible now: the station is not signed in to a server. The changes stay here and are sent after the next sign-in.</source>
        <translation>Ahora no se puede enviar: el puesto no ha iniciado sesión en ningún servidor. Los cambios se quedan aquí y se envían tras el próximo inicio de sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="414"/>
        <source>The server cannot be reached now. The station keeps trying by itself; “Send now” tries at once.</source>
        <translation>Ahora no se puede contactar con el servidor. El puesto sigue intentándolo solo; «Enviar ya» lo intenta en el acto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="417"/>
        <source>These changes are sent by themselves; “Send now” sends them at once.</source>
        <translation>Estos cambios se envían solos; «Enviar ya» los envía en el acto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="426"/>
        <source>Nothing in this change can be corrected here: send it again or discard it.</source>
        <translation>En este cambio no hay nada que corregir aquí: vuelva a enviarlo o descártelo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="455"/>
        <source>Sending the waiting changes… They leave this list as the server takes them.</source>
        <translation>Enviando los cambios pendientes… Salen de esta lista a medida que el servidor los recibe.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="485"/>
        <source>Corrected. It is being sent again and leaves this list once the server takes it.</source>
        <translation>Corregido. Se está volviendo a enviar y saldrá de esta lista cuando el servidor lo reciba.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="495"/>
        <source>It is being sent again. If the server refuses it again it comes back here.</source>
        <translation>Se está volviendo a enviar. Si el servidor lo vuelve a rechazar, volverá aquí.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="503"/>
        <source>Discard this change?</source>
        <translation>¿Descartar este cambio?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="504"/>
        <source>Discard “{0}”?</source>
        <translation>¿Descartar «{0}»?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="507"/>
        <source>{0} This cannot be undone. The activity log records that you discarded it.</source>
        <translation>{0} No se puede deshacer. El registro de actividad anota que usted lo ha descartado.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="509"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="511"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="530"/>
        <source>Discarded. It will not be sent.</source>
        <translation>Descartado. No se enviará.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="561"/>
        <source>That did not work: {0} Close this window and open it again; if it keeps failing, tell your administrator.</source>
        <translation>No ha funcionado: {0} Cierre esta ventana y vuelva a abrirla; si sigue fallando, avise a su administrador.</translation>
    </message>
</context>
<context>
    <name>PendingWords</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="49"/>
        <source>Enrol {0} ({1})</source>
        <translation>Dar de alta a {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="50"/>
        <source>Update {0}</source>
        <translation>Actualizar a {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="51"/>
        <source>Delete the record of {0}</source>
        <translation>Eliminar la ficha de {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="52"/>
        <source>Create the list “{0}”</source>
        <translation>Crear la lista «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="53"/>
        <source>Rename a list to “{0}”</source>
        <translation>Cambiar el nombre de una lista a «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="54"/>
        <source>Delete the list “{0}”</source>
        <translation>Eliminar la lista «{0}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="55"/>
        <source>Add {0} to the list “{1}”</source>
        <translation>Añadir a {0} a la lista «{1}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="56"/>
        <source>Remove {0} from the list “{1}”</source>
        <translation>Quitar a {0} de la lista «{1}»</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="66"/>
        <source>Today {0}</source>
        <translation>Hoy {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="68"/>
        <source>Yesterday {0}</source>
        <translation>Ayer {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="72"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="83"/>
        <source>The server refused this change: {0} Correct it and send it again.</source>
        <translation>El servidor ha rechazado este cambio: {0} Corríjalo y vuelva a enviarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="85"/>
        <source>The server refused this change: {0} Correct it and send it again, or discard it.</source>
        <translation>El servidor ha rechazado este cambio: {0} Corríjalo y vuelva a enviarlo, o descártelo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="87"/>
        <source>The server refused this change. Send it again, or discard it.</source>
        <translation>El servidor ha rechazado este cambio. Vuelva a enviarlo o descártelo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="92"/>
        <source>No face was found in the photo. Press “Correct and send again…” and choose another photo in which the face is clearly visible.</source>
        <translation>No se ha encontrado ninguna cara en la foto. Pulse «Corregir y volver a enviar…» y elija otra foto en la que la cara se vea con claridad.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="94"/>
        <source>No face was found in the photo. Choose another photo in which the face is clearly visible.</source>
        <translation>No se ha encontrado ninguna cara en la foto. Elija otra foto en la que la cara se vea con claridad.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="97"/>
        <source>The photo shows more than one face. Press “Correct and send again…” and choose a photo of this person alone.</source>
        <translation>En la foto aparece más de una cara. Pulse «Corregir y volver a enviar…» y elija una foto en la que salga solo esta persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="99"/>
        <source>The photo shows more than one face. Choose a photo of this person alone.</source>
        <translation>En la foto aparece más de una cara. Elija una foto en la que salga solo esta persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="101"/>
        <source>The face in the photo is too small. Press “Correct and send again…” and choose a closer photo.</source>
        <translation>La cara sale demasiado pequeña en la foto. Pulse «Corregir y volver a enviar…» y elija una foto más cercana.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="103"/>
        <source>The face in the photo is too small. Choose a closer photo.</source>
        <translation>La cara sale demasiado pequeña en la foto. Elija una foto más cercana.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="105"/>
        <source>The photo could not be used. Press “Correct and send again…” and choose another photo.</source>
        <translation>No se ha podido usar la foto. Pulse «Corregir y volver a enviar…» y elija otra foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="107"/>
        <source>The server could not use the photo. Choose another photo.</source>
        <translation>El servidor no ha podido usar la foto. Elija otra foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="109"/>
        <source>Someone else already has this member / employee number. Press “Correct and send again…” and check the number; if this person is already enrolled, discard this change.</source>
        <translation>Otra persona ya tiene este número de socio o de empleado. Pulse «Corregir y volver a enviar…» y compruebe el número; si esta persona ya está dada de alta, descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="112"/>
        <source>Someone else already has this member / employee number. Check the number and correct it; if this person is already enrolled, cancel and discard this change.</source>
        <translation>Otra persona ya tiene este número de socio o de empleado. Compruebe el número y corríjalo; si esta persona ya está dada de alta, cancele y descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="115"/>
        <source>A list this person should join no longer exists. Press “Correct and send again…” to send it without that list (add the person to lists later on the Lists page).</source>
        <translation>Ya no existe una de las listas a las que debía unirse esta persona. Pulse «Corregir y volver a enviar…» para enviarlo sin esa lista (añada a la persona a las listas más tarde en la página Listas).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="117"/>
        <source>A list this person should join no longer exists. It is sent without the lists: add the person to lists later on the Lists page.</source>
        <translation>Ya no existe una de las listas a las que debía unirse esta persona. Se envía sin las listas: añada a la persona a las listas más tarde en la página Listas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="120"/>
        <source>The list this change is about no longer exists. Discard this change.</source>
        <translation>La lista a la que se refiere este cambio ya no existe. Descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="121"/>
        <source>The list this change is about no longer exists. Cancel and discard this change.</source>
        <translation>La lista a la que se refiere este cambio ya no existe. Cancele y descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="123"/>
        <source>The person this change is about is no longer on the server (deleted, or their enrolment was discarded). Discard this change.</source>
        <translation>La persona a la que se refiere este cambio ya no está en el servidor (se eliminó o se descartó su alta). Descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="125"/>
        <source>The person this change is about is no longer on the server. Cancel and discard this change.</source>
        <translation>La persona a la que se refiere este cambio ya no está en el servidor. Cancele y descarte este cambio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="128"/>
        <source>A list with this name already exists. Press “Correct and send again…” and choose another name.</source>
        <translation>Ya existe una lista con este nombre. Pulse «Corregir y volver a enviar…» y elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="130"/>
        <source>A list with this name already exists. Type another name.</source>
        <translation>Ya existe una lista con este nombre. Escriba otro nombre.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="132"/>
        <source>A name is missing. Press “Correct and send again…” and fill it in.</source>
        <translation>Falta un nombre. Pulse «Corregir y volver a enviar…» y rellénelo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="133"/>
        <source>A name is missing. Fill it in.</source>
        <translation>Falta un nombre. Rellénelo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="141"/>
        <source>{0} will not be enrolled, and the photo and details kept for them on this station are deleted. Changes queued after this one for this person will need attention too.</source>
        <translation>{0} no se dará de alta, y se borrarán la foto y los datos guardados en este puesto. Los cambios de esta persona puestos en cola después de este también requerirán atención.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="145"/>
        <source>The changes to {0}&apos;s record will not be made; the server keeps the record as it is.</source>
        <translation>Los cambios en la ficha de {0} no se harán; el servidor conserva la ficha tal como está.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="148"/>
        <source>The record will not be deleted: it stays on the server.</source>
        <translation>La ficha no se eliminará: se queda en el servidor.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="149"/>
        <source>The list will not be created. Changes queued after this one for this list will need attention too.</source>
        <translation>La lista no se creará. Los cambios de esta lista puestos en cola después de este también requerirán atención.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="151"/>
        <source>The list keeps its old name and description.</source>
        <translation>La lista conserva su nombre y descripción anteriores.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="152"/>
        <source>The list will not be deleted: it stays on the server.</source>
        <translation>La lista no se eliminará: se queda en el servidor.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="153"/>
        <source>The person will not be added to the list.</source>
        <translation>La persona no se añadirá a la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="154"/>
        <source>The person stays in the list.</source>
        <translation>La persona sigue en la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="156"/>
        <source>This change will not be made.</source>
        <translation>Este cambio no se hará.</translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="107"/>
        <source>No connection, and the change could not be kept on this station either: {0}</source>
        <translation>Sin conexión, y tampoco se ha podido guardar el cambio en este puesto: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="119"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation>Sin conexión: el cambio se guarda y se envía cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="149"/>
        <source>{0} is recognised again.</source>
        <translation>{0} vuelve a ser reconocido/a.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="150"/>
        <source>{0} is turned off: the record stays, but they are not recognised.</source>
        <translation>{0} está desactivado/a: la ficha se conserva, pero no se le reconoce.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="153"/>
        <source>Turning on…</source>
        <translation>Activando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="153"/>
        <source>Turning off…</source>
        <translation>Desactivando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="176"/>
        <source>Loading the person&apos;s lists…</source>
        <translation>Cargando las listas de la persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="214"/>
        <source>The changes to {0} are saved.</source>
        <translation>Se han guardado los cambios de {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="225"/>
        <source>Keeping the change on this station…</source>
        <translation>Guardando el cambio en este puesto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="228"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="261"/>
        <source>Changing the lists…</source>
        <translation>Cambiando las listas…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="265"/>
        <source>This service cannot take a person out of a list.</source>
        <translation>Este servicio no puede sacar a una persona de una lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="267"/>
        <source>The details are saved, but the lists were not changed: {0}</source>
        <translation>Los datos se han guardado, pero las listas no se han cambiado: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="300"/>
        <source>Choose the new photo</source>
        <translation>Elija la foto nueva</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="317"/>
        <source>Reading the photo…</source>
        <translation>Leyendo la foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="324"/>
        <source>“{0}” cannot be used: {1}. Choose another photo.</source>
        <translation>«{0}» no se puede usar: {1}. Elija otra foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="343"/>
        <source>Checking and saving the photo…</source>
        <translation>Comprobando y guardando la foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="344"/>
        <source>The new photo of {0} is saved.</source>
        <translation>Se ha guardado la foto nueva de {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="368"/>
        <source> (number {0})</source>
        <translation> (número {0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="370"/>
        <source>Delete this person?</source>
        <translation>¿Eliminar a esta persona?</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="371"/>
        <source>Delete {0}{1} with their photo and attached file? They will no longer be recognised. This cannot be undone.</source>
        <translation>¿Eliminar a {0}{1} con su foto y su archivo adjunto? Ya no se le reconocerá. No se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="373"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="373"/>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="388"/>
        <source>{0} was deleted.</source>
        <translation>Se ha eliminado a {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="395"/>
        <source>Deleting…</source>
        <translation>Eliminando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="405"/>
        <source>Save the attached file</source>
        <translation>Guardar el archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="424"/>
        <source>Saved “{0}”.</source>
        <translation>Se ha guardado «{0}».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="427"/>
        <source>The file could not be saved in {0}: {1}. Choose another folder.</source>
        <translation>No se ha podido guardar el archivo en {0}: {1}. Elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="432"/>
        <source>Saving the file…</source>
        <translation>Guardando el archivo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="450"/>
        <source>The file could not be opened: {0}.</source>
        <translation>No se ha podido abrir el archivo: {0}.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="453"/>
        <source>No program on this computer opens “{0}”. Use Save file… and open it from there.</source>
        <translation>Ningún programa de este ordenador abre «{0}». Use Guardar archivo como… y ábralo desde allí.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="458"/>
        <source>Opening the file…</source>
        <translation>Abriendo el archivo…</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="109"/>
        <source>This record cannot be loaded</source>
        <translation>No se puede cargar esta ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="110"/>
        <source>Loading the photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="111"/>
        <source>(not found)</source>
        <translation>(no encontrada)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="113"/>
        <source>Open the record</source>
        <translation>Abrir la ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="117"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="118"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="120"/>
        <source>No. {0}</source>
        <translation>N.º {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="121"/>
        <source>No member number</source>
        <translation>Sin número de socio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="122"/>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="123"/>
        <source>Show {0} on the Records page</source>
        <translation>Mostrar {0} en la página Fichas</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="194"/>
        <source>First n&amp;ame</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="194"/>
        <source>S&amp;urname</source>
        <translation>&amp;Primer apellido</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="195"/>
        <source>Se&amp;cond surname</source>
        <translation>&amp;Segundo apellido</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="195"/>
        <source>Mem&amp;ber / employee no.</source>
        <translation>N.º de socio / &amp;empleado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="196"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="196"/>
        <source>L&amp;ists</source>
        <translation>L&amp;istas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="199"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="200"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="201"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="202"/>
        <source>Optional: type it or scan the card</source>
        <translation>Opcional: escríbalo o pase la tarjeta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="203"/>
        <source>Attac&amp;h…</source>
        <translation>Adj&amp;untar…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="204"/>
        <source>Attach a file to this person, for example a signed consent form</source>
        <translation>Adjuntar un archivo a esta persona, por ejemplo un consentimiento firmado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="205"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="206"/>
        <source>Active (can be reco&amp;gnised)</source>
        <translation>Activa (se puede &amp;reconocer)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="207"/>
        <source>No lists yet. Create them on the Lists page.</source>
        <translation>Aún no hay listas. Créelas en la página Listas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="291"/>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="308"/>
        <source>“{0}” is too big ({1:.1f} MB). Attach a file of at most {2} MB.</source>
        <translation>«{0}» es demasiado grande ({1:.1f} MB). Adjunte un archivo de {2} MB como máximo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="314"/>
        <source>“{0}” cannot be read ({1}). Choose another file.</source>
        <translation>No se puede leer «{0}» ({1}). Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="334"/>
        <source>{0} ({1} KB)</source>
        <translation>{0} ({1} KB)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="336"/>
        <source>{0} (stored; attach another file to replace it)</source>
        <translation>{0} (guardado; adjunte otro archivo para sustituirlo)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="338"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="349"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="371"/>
        <source>Type the person&apos;s first name.</source>
        <translation>Escriba el nombre de la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="351"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="372"/>
        <source>Type the person&apos;s surname.</source>
        <translation>Escriba el primer apellido de la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="374"/>
        <source>Someone else already has this number. Check it, or find that person on the Records page.</source>
        <translation>Otra persona ya tiene este número. Compruébelo o busque a esa persona en la página Fichas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="375"/>
        <source>The attached file needs a name: attach it again.</source>
        <translation>El archivo adjunto necesita un nombre: vuelva a adjuntarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="377"/>
        <source>One of the ticked lists no longer exists. Untick it; the list of lists was refreshed.</source>
        <translation>Una de las listas marcadas ya no existe. Desmárquela; la relación de listas se ha actualizado.</translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="168"/>
        <source>Search for a person, then choose them in the list to see their photo and details here.</source>
        <translation>Busque a una persona y elíjala en la lista para ver aquí su foto y sus datos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="169"/>
        <source>Ed&amp;it details</source>
        <translation>Ed&amp;itar datos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="170"/>
        <source>Replace &amp;photo…</source>
        <translation>Cambiar f&amp;oto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="171"/>
        <source>Choose a new photo file; the service checks it</source>
        <translation>Elija un archivo de foto nuevo; el servicio lo comprueba</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="172"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="173"/>
        <source>Save file &amp;as…</source>
        <translation>Guardar archivo co&amp;mo…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="174"/>
        <source>Save cha&amp;nges</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="175"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="190"/>
        <source>No connection: deleting this person is kept on this station and sent when the service answers.</source>
        <translation>Sin conexión: la eliminación de esta persona se guarda en este puesto y se envía cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="193"/>
        <source>Change waiting to be sent: the details shown are kept on this station and sent when the service answers.</source>
        <translation>Cambio pendiente de enviar: los datos que se muestran se guardan en este puesto y se envían cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="200"/>
        <source>Turn o&amp;n</source>
        <translation>Activa&amp;r</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="201"/>
        <source>Recognise this person again</source>
        <translation>Volver a reconocer a esta persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="203"/>
        <source>Turn o&amp;ff</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="204"/>
        <source>Keep the record but stop recognising this person</source>
        <translation>Conservar la ficha pero dejar de reconocer a esta persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="210"/>
        <source>This person has no attached file</source>
        <translation>Esta persona no tiene ningún archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="213"/>
        <source>&amp;Open file</source>
        <translation>Abrir arc&amp;hivo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="219"/>
        <source>A program: save only</source>
        <translation>Un programa: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="219"/>
        <source>A script: save only</source>
        <translation>Un script: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="220"/>
        <source>A shortcut: save only</source>
        <translation>Un acceso directo: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="221"/>
        <source>A web page: save only</source>
        <translation>Una página web: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="222"/>
        <source>An office file: save only</source>
        <translation>Un archivo ofimático: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="223"/>
        <source>An archive: save only</source>
        <translation>Un archivo comprimido: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="224"/>
        <source>Not opened here: save only</source>
        <translation>No se abre aquí: solo guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="228"/>
        <source>This file is not what its name says, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation>Este archivo no es lo que dice su nombre, así que FaceStation solo lo guarda. Ábralo usted solo si confía en su origen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="231"/>
        <source>FaceStation opens only PDF files, pictures and plain text, so it only saves this file. Open it yourself only if you trust where it came from.</source>
        <translation>FaceStation solo abre archivos PDF, imágenes y texto sin formato, así que este archivo solo lo guarda. Ábralo usted solo si confía en su origen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="233"/>
        <source>This file type could run programs, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation>Este tipo de archivo podría ejecutar programas, así que FaceStation solo lo guarda. Ábralo usted solo si confía en su origen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="238"/>
        <source>Edit {0}</source>
        <translation>Editar a {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="251"/>
        <source>it is bigger than {0} MB</source>
        <translation>ocupa más de {0} MB</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="252"/>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="257"/>
        <source>No face was found in this photo. Choose a photo where the face is clearly visible.</source>
        <translation>No se ha encontrado ninguna cara en esta foto. Elija una foto en la que la cara se vea con claridad.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="259"/>
        <source>There is more than one face in this photo. Choose a photo of this person alone.</source>
        <translation>Hay más de una cara en esta foto. Elija una foto en la que salga solo esta persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="261"/>
        <source>The face is too small in this photo. Choose a closer photo.</source>
        <translation>La cara sale demasiado pequeña en esta foto. Elija una foto más cercana.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="262"/>
        <source>This file is not a photo the service can read. Choose a JPEG or PNG photo.</source>
        <translation>Este archivo no es una foto que el servicio pueda leer. Elija una foto JPEG o PNG.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="264"/>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="266"/>
        <source>This photo is too large. Choose a smaller one.</source>
        <translation>Esta foto es demasiado grande. Elija una más pequeña.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="265"/>
        <source>This photo could not be sent. Choose it again.</source>
        <translation>No se ha podido enviar esta foto. Vuelva a elegirla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="268"/>
        <source>The service did not accept this photo: {0}. Choose another photo.</source>
        <translation>El servicio no ha aceptado esta foto: {0}. Elija otra foto.</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="160"/>
        <source>Person&apos;s &amp;number:</source>
        <translation>&amp;Número de la persona:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="161"/>
        <source>Type or scan the number, then press Enter</source>
        <translation>Escriba o escanee</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="162"/>
        <source>Look &amp;up</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="166"/>
        <source>No person with number {0}. Check the number, or enrol the person first.</source>
        <translation>No hay ninguna persona con el número {0}. Compruebe el número o dé de alta primero a la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="179"/>
        <source>Expected person</source>
        <translation>Persona esperada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="185"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="187"/>
        <source>Expected person, number {0}</source>
        <translation>Persona esperada, número {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="189"/>
        <source>This record is switched off: the check will not run.</source>
        <translation>Esta ficha está desactivada: no se hará la comprobación.</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/file_dialogs.py" line="14"/>
        <source>Photos (%s)</source>
        <translation>Fotos (%s)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/file_dialogs.py" line="15"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="228"/>
        <source>C&amp;hoose photo file…</source>
        <translation>Elegir arc&amp;hivo de foto…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="229"/>
        <source>A scan or photo of the ID document, for example</source>
        <translation>Un escaneo o una foto del documento de identidad, por ejemplo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="230"/>
        <source>Use the ca&amp;mera</source>
        <translation>Usar la cáma&amp;ra</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="232"/>
        <source>Hold the ID document&apos;s photo up to the camera; it becomes the reference photo</source>
        <translation>Ponga la foto del documento de identidad delante de la cámara; será la foto de referencia</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="238"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="240"/>
        <source>Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.</source>
        <translation>Ponga la foto delante de la cámara. Se hace sola, o pulse «Hacer la foto ya».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="242"/>
        <source>No reference photo yet: choose a file, or take it with the camera.</source>
        <translation>Aún no hay foto de referencia: elija un archivo o hágala con la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="244"/>
        <source>Reference photo: {0}</source>
        <translation>Foto de referencia: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="246"/>
        <source>Reference photo taken with the camera.</source>
        <translation>Foto de referencia hecha con la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="250"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="255"/>
        <source>This file cannot be used as a photo: {0}</source>
        <translation>Este archivo no se puede usar como foto: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="257"/>
        <source>The file cannot be opened. Check that it is still there, or choose another file.</source>
        <translation>No se puede abrir el archivo. Compruebe que sigue ahí o elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="265"/>
        <source>Choose the reference photo</source>
        <translation>Elija la foto de referencia</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="31"/>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="40"/>
        <source>Admin PIN</source>
        <translation>PIN de administración</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="31"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="113"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="114"/>
        <source>The settings are for the administrator. Type the admin PIN to open them.</source>
        <translation>Los ajustes son para el administrador. Escriba el PIN de administración para abrirlos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="118"/>
        <source>Admin &amp;PIN</source>
        <translation>&amp;PIN de administración</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="119"/>
        <source>Do not know the PIN? Ask your administrator. Press Cancel to go back to work.</source>
        <translation>¿No sabe el PIN? Pregunte a su administrador. Pulse Cancelar para volver al trabajo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="115"/>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="150"/>
        <source>Type the admin PIN first.</source>
        <translation>Escriba primero el PIN de administración.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="155"/>
        <source>Checking the PIN…</source>
        <translation>Comprobando el PIN…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="173"/>
        <source>That PIN is not right. Type it again.</source>
        <translation>Ese PIN no es correcto. Vuelva a escribirlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="185"/>
        <source>That PIN is not right. Wait {0} seconds before trying again.</source>
        <translation>Ese PIN no es correcto. Espere {0} segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="187"/>
        <source>That PIN is not right. Wait {0} minutes before trying again.</source>
        <translation>Ese PIN no es correcto. Espere {0} minutos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="197"/>
        <source>You can type the PIN again.</source>
        <translation>Ya puede volver a escribir el PIN.</translation>
    </message>
</context>
<context>
    <name>PipelineBridge</name>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="290"/>
        <source>The camera is not running. Choose a camera or load a photo first.</source>
        <translation>La cámara no está funcionando. Elija antes una cámara o cargue una foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="402"/>
        <source>Something went wrong while checking the picture; the camera keeps running. If this keeps happening, restart the station.</source>
        <translation>Algo ha fallado al comprobar la imagen; la cámara sigue funcionando. Si sigue ocurriendo, reinicie el puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="417"/>
        <source>No face to photograph. Ask the person to look at the camera, then try again.</source>
        <translation>No hay ninguna cara que fotografiar. Pida a la persona que mire a la cámara y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="433"/>
        <source>The camera or file could not be opened. Choose another camera, or a photo file.</source>
        <translation>No se ha podido abrir la cámara o el archivo. Elija otra cámara o un archivo de foto.</translation>
    </message>
</context>
<context>
    <name>QaChecklist</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="23"/>
        <source>Face at the right height</source>
        <translation>Cara a la altura correcta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="24"/>
        <source>Face in the middle</source>
        <translation>Cara centrada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="25"/>
        <source>Good lighting</source>
        <translation>Buena iluminación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="26"/>
        <source>No red eyes</source>
        <translation>Sin ojos rojos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="27"/>
        <source>Right distance from the camera</source>
        <translation>Distancia correcta a la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="28"/>
        <source>Only one person</source>
        <translation>Solo una persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="29"/>
        <source>Looking straight ahead</source>
        <translation>Mirando al frente</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="30"/>
        <source>Overall photo quality</source>
        <translation>Calidad general de la foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="63"/>
        <source>not checked yet</source>
        <translation>aún sin comprobar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="65"/>
        <source>passed</source>
        <translation>cumple</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="67"/>
        <source>not passed</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="100"/>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="101"/>
        <source>Photo checks</source>
        <translation>Revisión de la foto</translation>
    </message>
</context>
<context>
    <name>QtCamera</name>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="119"/>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="318"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="214"/>
        <source>The camera chosen in the settings is not connected. Plug it in, or choose another camera in the settings.</source>
        <translation>La cámara elegida en los ajustes no está conectada. Conéctela o elija otra cámara en los ajustes.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="266"/>
        <source>The camera “{0}” cannot be used{1}. Close other programs that may be using it (video calls, another station window), or choose another camera.</source>
        <translation>No se puede usar la cámara «{0}»{1}. Cierre otros programas que puedan estar usándola (videollamadas, otra ventana del puesto) o elija otra cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="276"/>
        <source>The camera “{0}” was unplugged. Plug it in again, or choose another camera in the settings.</source>
        <translation>La cámara «{0}» se ha desconectado. Vuelva a conectarla o elija otra cámara en los ajustes.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="385"/>
        <source>{0} stopped sending pictures. Check its cable, close other programs that may be using it, or choose another camera.</source>
        <translation>{0} ha dejado de enviar imágenes. Compruebe el cable, cierre otros programas que puedan estar usándola o elija otra cámara.</translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="87"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="87"/>
        <source>Surnames</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="88"/>
        <source>Member no.</source>
        <translation>N.º de socio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="88"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="89"/>
        <source>Enrolled</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="89"/>
        <source>Main list</source>
        <translation>Lista principal</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="90"/>
        <source>Attached file</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="94"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="121"/>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="125"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="122"/>
        <source>Active: can be recognised</source>
        <translation>Activa: se reconoce</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="123"/>
        <source>Turned off: is not recognised</source>
        <translation>Desactivada: no se reconoce</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="128"/>
        <source>No file attached</source>
        <translation>Ningún archivo adjunto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="138"/>
        <source>The photo cannot be shown</source>
        <translation>No se puede mostrar la foto</translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="198"/>
        <source>Records</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="199"/>
        <source>Find a person to see their photo and details, correct them, or delete them.</source>
        <translation>Busque a una persona para ver su foto y sus datos, corregirlos o eliminarla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="200"/>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="201"/>
        <source>Name, member number or record id</source>
        <translation>Nombre, número de socio o id. de ficha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="202"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="203"/>
        <source>Import people…</source>
        <translation>Importar personas…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="205"/>
        <source>This service finds people only by their exact number or record id. Type or scan the whole number and press Search.</source>
        <translation>Este servicio solo encuentra a las personas por su número exacto o el id. de su ficha. Escriba o pase el número completo y pulse Buscar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="208"/>
        <source>Enrolled</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="210"/>
        <source>Show &amp;more</source>
        <translation>Mostrar má&amp;s</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="314"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="327"/>
        <source>Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched on this service.</source>
        <translation>Nadie tiene el número o id. de ficha «{0}». Compruébelo y vuelva a buscar; en este servicio no se puede buscar por nombre.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="345"/>
        <source>Loading more people…</source>
        <translation>Cargando más personas…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="350"/>
        <source>No connection: searching needs the service, so the list below may be out of date. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation>Sin conexión: para buscar hace falta el servicio, así que la lista de abajo puede no estar al día. Los cambios que haga ahora se guardan en este puesto y se envían cuando el servicio responda.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="363"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="363"/>
        <source>Turned off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="382"/>
        <source>{0} (deletion waiting)</source>
        <translation>{0} (eliminación pendiente)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="384"/>
        <source>{0} (change waiting)</source>
        <translation>{0} (cambio pendiente)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="393"/>
        <source>Found: {0}</source>
        <translation>Encontradas: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="393"/>
        <source>Type the whole number or record id.</source>
        <translation>Escriba el número o el id. de ficha completo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="395"/>
        <source>Nobody found. Check the spelling, or search for part of the name or number.</source>
        <translation>No se ha encontrado a nadie. Revise cómo está escrito o busque parte del nombre o del número.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="396"/>
        <source>Nobody is enrolled yet. Enrol people on the Enrol page.</source>
        <translation>Aún no hay nadie dado de alta. Dé de alta a personas en la página Alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="398"/>
        <source>Newest first: {0} of {1} people</source>
        <translation>Lo más reciente primero: {0} de {1} personas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="400"/>
        <source>Showing {0} of {1} people found</source>
        <translation>Se muestran {0} de {1} personas encontradas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="402"/>
        <source>{0} people found</source>
        <translation>{0} personas encontradas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="402"/>
        <source>1 person found</source>
        <translation>1 persona encontrada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="449"/>
        <source>Loading the person…</source>
        <translation>Cargando a la persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="480"/>
        <source>This person was deleted meanwhile. Search again.</source>
        <translation>Esta persona se ha eliminado mientras tanto. Vuelva a buscar.</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="274"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="276"/>
        <source>Compare the two photos (and the person&apos;s ID document if you can), then decide:</source>
        <translation>Compare las dos fotos (y el documento de identidad de la persona, si puede) y decida:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="277"/>
        <source>Re&amp;ason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="278"/>
        <source>Checked the ID document</source>
        <translation>He comprobado el documento de identidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="278"/>
        <source>The enrolled photo is old</source>
        <translation>La foto de alta es antigua</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="279"/>
        <source>A different face</source>
        <translation>Es otra cara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="279"/>
        <source>The person left before the check</source>
        <translation>La persona se fue antes de la comprobación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="286"/>
        <source>Choose or type a short reason (optional)</source>
        <translation>Elija o escriba un motivo breve (opcional)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="287"/>
        <source>&amp;Confirm: same person</source>
        <translation>Conf&amp;irmar: misma persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="288"/>
        <source>Re&amp;ject: not the same</source>
        <translation>R&amp;echazar: no es la misma</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="289"/>
        <source>Ne&amp;xt person</source>
        <translation>&amp;Siguiente persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="290"/>
        <source>Clear this result now and get ready for the next person</source>
        <translation>Borrar ya este resultado y prepararse para la siguiente persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="291"/>
        <source>&amp;Try again</source>
        <translation>Intentar de &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="292"/>
        <source>A new check with new instructions, with the same photo</source>
        <translation>Una comprobación nueva con indicaciones nuevas, con la misma foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="296"/>
        <source>Match</source>
        <translation>Coincide</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="296"/>
        <source>Needs review</source>
        <translation>Hay que revisarlo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="297"/>
        <source>No match</source>
        <translation>No coincide</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="297"/>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="302"/>
        <source>This is the expected person.</source>
        <translation>Es la persona esperada.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="303"/>
        <source>The face matches the reference photo.</source>
        <translation>La cara coincide con la foto de referencia.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="304"/>
        <source>This person is on the list.</source>
        <translation>Esta persona está en la lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="307"/>
        <source>The faces are alike, but this list needs a closer match to be sure.</source>
        <translation>Las caras se parecen, pero esta lista pide más parecido para estar seguros.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="308"/>
        <source>The faces are alike, but not enough to be sure.</source>
        <translation>Las caras se parecen, pero no lo suficiente para estar seguros.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="311"/>
        <source>This is not the expected person. Check their ID document, or ask a colleague.</source>
        <translation>No es la persona esperada. Compruebe su documento de identidad o consulte a un compañero.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="313"/>
        <source>The face does not match the reference photo. Check the ID document by eye.</source>
        <translation>La cara no coincide con la foto de referencia. Compruebe el documento de identidad a simple vista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="315"/>
        <source>Nobody on the list matches this face. Check their ID document, or ask a colleague.</source>
        <translation>Nadie de la lista coincide con esta cara. Compruebe su documento de identidad o consulte a un compañero.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="322"/>
        <source>There is no clear face in the reference photo. Use a sharper photo of the ID document and try again.</source>
        <translation>No se ve ninguna cara clara en la foto de referencia. Use una foto más nítida del documento de identidad y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="325"/>
        <source>No face was found in the photo. Ask the person to look at the camera and try again.</source>
        <translation>No se ha encontrado ninguna cara en la foto. Pida a la persona que mire a la cámara y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="327"/>
        <source>More than one face is in the photo. Make sure only this person is in front of the camera and try again.</source>
        <translation>Hay más de una cara en la foto. Asegúrese de que solo esta persona está delante de la cámara y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="330"/>
        <source>This person&apos;s record is switched off, so they cannot be verified. Ask an administrator to switch it on.</source>
        <translation>La ficha de esta persona está desactivada, así que no se puede verificar. Pida a un administrador que la active.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="333"/>
        <source>This person has no enrolled photo. Enrol a photo for them first.</source>
        <translation>Esta persona no tiene foto de alta. Dé de alta primero una foto suya.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="335"/>
        <source>Nobody on this list can be checked yet. Add people to the list on the Lists page.</source>
        <translation>Todavía no se puede comprobar a nadie de esta lista. Añada personas a la lista en la página Listas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="338"/>
        <source>The comparison was not made ({0}). Try again.</source>
        <translation>No se ha hecho la comparación ({0}). Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="339"/>
        <source>The comparison was not made. Try again.</source>
        <translation>No se ha hecho la comparación. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="447"/>
        <source>Confidence {0} %.</source>
        <translation>Confianza {0} %.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="577"/>
        <source>Waiting for your decision: confirm or reject above.</source>
        <translation>Esperando su decisión: confirme o rechace arriba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="579"/>
        <source>Clears in %n s</source>
        <translation>
            <numerusform>Se borra en %n s</numerusform>
            <numerusform>Se borra en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="599"/>
        <source>Reference photo</source>
        <translation>Foto de referencia</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="601"/>
        <source>Enrolled photo</source>
        <translation>Foto de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="602"/>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="678"/>
        <source>Photo just taken</source>
        <translation>Foto recién hecha</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="605"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="616"/>
        <source>No result</source>
        <translation>Sin resultado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="630"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="633"/>
        <source>Number: {0}</source>
        <translation>Número: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="638"/>
        <source>✓ You confirmed: same person.</source>
        <translation>✓ Ha confirmado: es la misma persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="640"/>
        <source>✗ You rejected: not the same person.</source>
        <translation>✗ Ha rechazado: no es la misma persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="642"/>
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="656"/>
        <source>✓ Live person: confirmed</source>
        <translation>✓ Persona real: confirmada</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="658"/>
        <source>⚠ Live person not confirmed: check the person yourself</source>
        <translation>⚠ Persona real no confirmada: compruebe usted a la persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="668"/>
        <source>Not confirmed</source>
        <translation>No confirmado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="668"/>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="670"/>
        <source>Could not confirm a live person: try again</source>
        <translation>No se pudo confirmar que sea una persona real: inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="671"/>
        <source>Press Try again and follow the instructions on the screen.</source>
        <translation>Pulse Intentar de nuevo y siga las indicaciones de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="673"/>
        <source>Could not confirm a live person</source>
        <translation>No se pudo confirmar que sea una persona real</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="674"/>
        <source>Please ask at the desk for help.</source>
        <translation>Pida ayuda en el mostrador.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="29"/>
        <source>Picture size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="30"/>
        <source>Smooth video</source>
        <translation>Vídeo fluido</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="31"/>
        <source>Light on the face</source>
        <translation>Luz en la cara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="32"/>
        <source>Light behind the person</source>
        <translation>Luz detrás de la persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="33"/>
        <source>Grain</source>
        <translation>Grano</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="34"/>
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="35"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="36"/>
        <source>Where people stand</source>
        <translation>Dónde colocarse</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="37"/>
        <source>Automatic photo</source>
        <translation>Foto automática</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="38"/>
        <source>Speed of this computer</source>
        <translation>Velocidad de este ordenador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="115"/>
        <source>No face was seen: ask someone to sit in front of the camera, facing it, and run the test again.</source>
        <translation>No se vio ninguna cara: pida a alguien que se siente ante la cámara, mirándola, y repita la prueba.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="122"/>
        <source>The source delivered no picture.</source>
        <translation>La fuente no dio ninguna imagen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="130"/>
        <source>Pictures are {width}x{height} pixels.</source>
        <translation>Las imágenes tienen {width}x{height} píxeles.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="132"/>
        <source>The camera delivers the {width}x{height} pixels asked for.</source>
        <translation>La cámara da los {width}x{height} píxeles pedidos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="136"/>
        <source>The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} asked for. Choose a lower resolution in Settings → Camera, or a camera that supports it.</source>
        <translation>La cámara da {width}x{height} píxeles en lugar de los {asked_width}x{asked_height} pedidos. Elija una resolución menor en Ajustes → Cámara, o una cámara que la admita.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="140"/>
        <source>The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} asked for.</source>
        <translation>La cámara da {width}x{height} píxeles en lugar de los {asked_width}x{asked_height} pedidos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="150"/>
        <source>The file plays at {delivered:.0f} frames per second (a camera is judged on what it delivers).</source>
        <translation>El archivo se reproduce a {delivered:.0f} imágenes por segundo (una cámara se juzga por lo que da).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="154"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}). Under {minimum:.0f} a moving face is hard to follow: add light (cameras slow down in the dark) or use a USB port of its own.</source>
        <translation>{delivered:.0f} imágenes por segundo (la cámara anuncia {claimed:.0f}). Por debajo de {minimum:.0f} cuesta seguir una cara en movimiento: añada luz (las cámaras van más lentas a oscuras) o use un puerto USB solo para ella.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="159"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}). The camera delivers fewer than it claims: add light, or use a USB port of its own.</source>
        <translation>{delivered:.0f} imágenes por segundo (la cámara anuncia {claimed:.0f}). La cámara da menos de las que anuncia: añada luz, o use un puerto USB solo para ella.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="162"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}).</source>
        <translation>{delivered:.0f} imágenes por segundo (la cámara anuncia {claimed:.0f}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="169"/>
        <source>The face is too dark (brightness {brightness:.0f}, at least {minimum:.0f} needed): add light in front of the person.</source>
        <translation>La cara está demasiado oscura (brillo {brightness:.0f}, hace falta al menos {minimum:.0f}): añada luz delante de la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="174"/>
        <source>The face is too bright (brightness {brightness:.0f}, at most {maximum:.0f}): soften or move the light in front of the person.</source>
        <translation>La cara está demasiado clara (brillo {brightness:.0f}, como mucho {maximum:.0f}): suavice o aparte la luz que tiene delante la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="178"/>
        <source>The face is well exposed (brightness {brightness:.0f}).</source>
        <translation>La cara está bien iluminada (brillo {brightness:.0f}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="185"/>
        <source>The background is much brighter than the face ({background:.0f} against {face:.0f}): turn the desk away from the window, or light the face.</source>
        <translation>El fondo es mucho más claro que la cara ({background:.0f} frente a {face:.0f}): gire el mostrador para que no dé a la ventana, o ilumine la cara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="189"/>
        <source>No backlight: the background is not much brighter than the face.</source>
        <translation>Sin contraluz: el fondo no es mucho más claro que la cara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="196"/>
        <source>The picture is grainy (noise {noise:.1f}, at most {maximum:.0f}): add light, which lets the camera lower its gain.</source>
        <translation>La imagen tiene grano (ruido {noise:.1f}, como mucho {maximum:.0f}): añada luz, así la cámara baja su ganancia.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="199"/>
        <source>Little noise on the face ({noise:.1f}).</source>
        <translation>Poco ruido en la cara ({noise:.1f}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="206"/>
        <source>The face is blurred (sharpness {sharpness:.0f}, at least {minimum:.0f} needed): clean the lens, check the focus, or add light for shorter exposures.</source>
        <translation>La cara está borrosa (nitidez {sharpness:.0f}, hace falta al menos {minimum:.0f}): limpie la lente, revise el enfoque o añada luz para exposiciones más cortas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="210"/>
        <source>The face is in focus (sharpness {sharpness:.0f}).</source>
        <translation>La cara está enfocada (nitidez {sharpness:.0f}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="220"/>
        <source>Skin colours look natural (no colour cast).</source>
        <translation>Los tonos de piel se ven naturales (sin dominante de color).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="224"/>
        <source>The picture has an orange cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation>La imagen tiene una dominante naranja: active el balance de blancos automático de la cámara, o use lámparas de luz blanca de día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="227"/>
        <source>The picture has a green cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation>La imagen tiene una dominante verde: active el balance de blancos automático de la cámara, o use lámparas de luz blanca de día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="230"/>
        <source>The picture has a magenta cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation>La imagen tiene una dominante magenta: active el balance de blancos automático de la cámara, o use lámparas de luz blanca de día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="233"/>
        <source>The picture has a blue cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation>La imagen tiene una dominante azul: active el balance de blancos automático de la cámara, o use lámparas de luz blanca de día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="246"/>
        <source>No distance works: where the face is large enough it no longer fits the frame. Choose a higher resolution in Settings → Camera, or a better camera.</source>
        <translation>Ninguna distancia sirve: donde la cara es lo bastante grande, ya no cabe en la imagen. Elija una resolución mayor en Ajustes → Cámara, o una cámara mejor.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="254"/>
        <source>The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people should stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation>La persona estaba demasiado lejos ({eyes:.0f} px entre los ojos, hacen falta {minimum:.0f}): las personas deben colocarse a entre {nearest:.1f} m y {farthest:.1f} m de la cámara, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="257"/>
        <source>The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people should stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation>La persona estaba demasiado lejos ({eyes:.0f} px entre los ojos, hacen falta {minimum:.0f}): las personas deben colocarse a entre {nearest:.1f} y {farthest:.1f} veces la distancia de la prueba, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="262"/>
        <source>The person stood too close: people should stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation>La persona estaba demasiado cerca: las personas deben colocarse a entre {nearest:.1f} m y {farthest:.1f} m de la cámara, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="265"/>
        <source>The person stood too close: people should stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation>La persona estaba demasiado cerca: las personas deben colocarse a entre {nearest:.1f} y {farthest:.1f} veces la distancia de la prueba, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="270"/>
        <source>People must stand almost exactly where the person stood (between about {nearest:.1f} m and {farthest:.1f} m from the camera): a higher resolution in Settings → Camera leaves more room.</source>
        <translation>Las personas deben colocarse casi exactamente donde estuvo la persona (a entre {nearest:.1f} m y {farthest:.1f} m de la cámara, aproximadamente): una resolución mayor en Ajustes → Cámara deja más margen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="274"/>
        <source>People must stand almost exactly where the person stood (from about {nearest:.1f}x to {farthest:.1f}x as far as during the test): a higher resolution in Settings → Camera leaves more room.</source>
        <translation>Las personas deben colocarse casi exactamente donde estuvo la persona (a entre {nearest:.1f} y {farthest:.1f} veces la distancia de la prueba, aproximadamente): una resolución mayor en Ajustes → Cámara deja más margen.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="279"/>
        <source>People can stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation>Las personas pueden colocarse a entre {nearest:.1f} m y {farthest:.1f} m de la cámara, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="281"/>
        <source>People can stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation>Las personas pueden colocarse a entre {nearest:.1f} y {farthest:.1f} veces la distancia de la prueba, aproximadamente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="288"/>
        <source>Auto-capture took the photo after {seconds:.1f} s.</source>
        <translation>La foto automática se tomó a los {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="291"/>
        <source>Auto-capture did not fire: no face was seen.</source>
        <translation>La foto automática no se tomó: no se vio ninguna cara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="298"/>
        <source>Auto-capture did not fire: the face was never still long enough.</source>
        <translation>La foto automática no se tomó: la cara nunca estuvo quieta el tiempo suficiente.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="302"/>
        <source>Auto-capture did not fire: the guidance shown most often was “{guidance}”.</source>
        <translation>La foto automática no se tomó: la indicación mostrada más a menudo fue «{guidance}».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="311"/>
        <source>This PC checks {rate:.1f} pictures per second (at least {minimum:.0f} keep auto-capture quick): close other programs, or use a faster PC.</source>
        <translation>Este ordenador comprueba {rate:.1f} imágenes por segundo (con al menos {minimum:.0f} la foto automática es rápida): cierre otros programas o use un ordenador más rápido.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="314"/>
        <source>This PC checks {rate:.1f} pictures per second.</source>
        <translation>Este ordenador comprueba {rate:.1f} imágenes por segundo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="56"/>
        <source>This camera has not been tested yet.</source>
        <translation>Esta cámara aún no se ha probado.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="60"/>
        <source>Last test: {0}, 1 check with advice.</source>
        <translation>Última prueba: {0}, 1 comprobación con consejo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="62"/>
        <source>Last test: {0}, {1} checks with advice.</source>
        <translation>Última prueba: {0}, {1} comprobaciones con consejo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="64"/>
        <source>Last test: {0}, every check passed.</source>
        <translation>Última prueba: {0}, todas las comprobaciones correctas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="66"/>
        <source>Tested with another camera: test this one.</source>
        <translation>Se probó con otra cámara: pruebe esta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="127"/>
        <source>The camera changed since its last test: test it in Settings → Camera → Test this camera.</source>
        <translation>La cámara ha cambiado desde su última prueba: pruébela en Ajustes → Cámara → Probar esta cámara.</translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="109"/>
        <source>passed</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="110"/>
        <source>advice</source>
        <translation>consejo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="273"/>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="274"/>
        <source>Test the camera</source>
        <translation>Probar la cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="276"/>
        <source>Ask someone to sit where people will stand, look at the camera, and press Start. The test takes {0} seconds.</source>
        <translation>Pida a alguien que se siente donde se colocarán las personas, que mire a la cámara, y pulse Empezar. La prueba dura {0} segundos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="278"/>
        <source>Put the camera where it will stay, at the height of a face.</source>
        <translation>Ponga la cámara donde vaya a quedarse, a la altura de una cara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="279"/>
        <source>Light the desk as it is during the day.</source>
        <translation>Ilumine el mostrador como está durante el día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="280"/>
        <source>Ask someone to sit where people will stand, facing the camera.</source>
        <translation>Pida a alguien que se siente donde se colocarán las personas, de cara a la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="281"/>
        <source>Press Start: they keep looking at the camera until the test ends.</source>
        <translation>Pulse Empezar: la persona sigue mirando a la cámara hasta que acabe la prueba.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="285"/>
        <source>The test checks the light, the sharpness, the colours and where people should stand, and gives advice where something can be better. No photo is kept.</source>
        <translation>La prueba comprueba la luz, la nitidez, los colores y dónde deben colocarse las personas, y aconseja dónde se puede mejorar. No se guarda ninguna foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="287"/>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="288"/>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="292"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="289"/>
        <source>Testing… keep looking at the camera.</source>
        <translation>Probando… siga mirando a la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="290"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="291"/>
        <source>Test &amp;again</source>
        <translation>Probar &amp;de nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="293"/>
        <source>Test progress</source>
        <translation>Progreso de la prueba</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="301"/>
        <source>The test could not run</source>
        <translation>La prueba no pudo hacerse</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="302"/>
        <source>Check that the camera is connected, then press Test again.</source>
        <translation>Compruebe que la cámara está conectada y pulse Probar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="309"/>
        <source>✓ The camera is ready: every check passed.</source>
        <translation>✓ La cámara está lista: todas las comprobaciones son correctas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="310"/>
        <source>Press Close to go on.</source>
        <translation>Pulse Cerrar para seguir.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="312"/>
        <source>! 1 check gives advice.</source>
        <translation>! 1 comprobación da un consejo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="313"/>
        <source>! {0} checks give advice.</source>
        <translation>! {0} comprobaciones dan consejos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="315"/>
        <source>Follow the advice marked with !, then press Test again to check the result.</source>
        <translation>Siga los consejos marcados con ! y pulse Probar de nuevo para comprobar el resultado.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="341"/>
        <source>There is no camera to test. Connect a USB camera, or choose one in Settings → Camera.</source>
        <translation>No hay cámara que probar. Conecte una cámara USB o elija una en Ajustes → Cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="404"/>
        <source>{0} s left</source>
        <translation>Quedan {0} s</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="409"/>
        <source>The camera gave no picture.</source>
        <translation>La cámara no dio ninguna imagen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="218"/>
        <source>FaceStation: settings</source>
        <translation>FaceStation: ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="220"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Camera</source>
        <translation>&amp;Cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Photo checks</source>
        <translation>Revisión de &amp;foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="223"/>
        <source>L&amp;iveness</source>
        <translation>Prueba de vi&amp;da</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>&amp;Times</source>
        <translation>&amp;Tiempos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>&amp;Kiosk mode</source>
        <translation>Modo &amp;quiosco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>P&amp;rivacy</source>
        <translation>P&amp;rivacidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>Cop&amp;y settings</source>
        <translation>C&amp;opiar ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>Acc&amp;essibility</source>
        <translation>Acc&amp;esibilidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="226"/>
        <source>Save keeps the changes on every section; Cancel forgets them.</source>
        <translation>Guardar conserva los cambios de todas las secciones; Cancelar los descarta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="227"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="228"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="66"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="67"/>
        <source>Where this station checks faces and keeps the records.</source>
        <translation>Dónde comprueba las caras este puesto y dónde guarda las fichas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="97"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="98"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="99"/>
        <source>Cha&amp;nge server…</source>
        <translation>Ca&amp;mbiar de servidor…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="100"/>
        <source>Sets up the connection again, as on the first start. Changes on the other sections that are not saved yet are forgotten, and the operator signs in again afterwards.</source>
        <translation>Vuelve a configurar la conexión, como en el primer inicio. Los cambios de las demás secciones que aún no se hayan guardado se descartan, y después el operador vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="222"/>
        <source>Liveness</source>
        <translation>Prueba de vida</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="223"/>
        <source>Makes sure a real person is in front of the camera, not a printed photo or a phone screen: the person follows one or two short instructions on the screen. It runs on this computer and works offline.</source>
        <translation>Comprueba que delante de la cámara hay una persona real, no una foto impresa ni la pantalla de un teléfono: la persona sigue una o dos indicaciones breves en la pantalla. Funciona en este ordenador y sin conexión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="240"/>
        <source>If the check fails, the person can try once more. After a second failure the operator decides; in kiosk mode the station refuses. The activity log records each check, without any photo.</source>
        <translation>Si la comprobación falla, la persona puede intentarlo una vez más. Tras un segundo fallo decide el operador; en modo quiosco el puesto la rechaza. El registro de actividad guarda cada comprobación, sin ninguna foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="251"/>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="252"/>
        <source>Everything works with the keyboard alone: Tab moves to the next control, Enter or Space presses it, Escape closes a window.
Ctrl+1 to Ctrl+4 (or the arrow keys in the left column) open Enrol, Verify, Records and Lists; Space takes the photo, R takes it again, Ctrl+Enter enrols.
A screen reader announces the instruction for the person and the result of each check.</source>
        <translation>Todo funciona solo con el teclado: Tab pasa al siguiente control, Intro o Espacio lo pulsa, Escape cierra una ventana.
Ctrl+1 a Ctrl+4 (o las flechas en la columna de la izquierda) abren Alta, Verificar, Fichas y Listas; Espacio toma la foto, R la repite, Ctrl+Intro da de alta.
Un lector de pantalla anuncia la indicación para la persona y el resultado de cada comprobación.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="67"/>
        <source>Copy to other stations</source>
        <translation>Copiar a otros puestos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="68"/>
        <source>Set up one station, export its settings to a file, and import that file on the next station.</source>
        <translation>Configure un puesto, exporte sus ajustes a un archivo e importe ese archivo en el siguiente puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="124"/>
        <source>E&amp;xport settings…</source>
        <translation>E&amp;xportar ajustes…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="125"/>
        <source>&amp;Import settings…</source>
        <translation>&amp;Importar ajustes…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="126"/>
        <source>The file holds the camera quality, photo checks, times, privacy, look and kiosk mode. It never holds the admin PIN, passwords or the client secret; each station keeps its own server and camera.</source>
        <translation>El archivo contiene la calidad de la cámara, las comprobaciones de la foto, los tiempos, la privacidad, el aspecto y el modo quiosco. Nunca contiene el PIN de administración, las contraseñas ni el secreto de cliente; cada puesto conserva su propio servidor y su cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="130"/>
        <source>&amp;Use these settings</source>
        <translation>&amp;Usar estos ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="131"/>
        <source>&amp;Do not import</source>
        <translation>&amp;No importar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="130"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="131"/>
        <source>The camera that takes the portraits. Choose a photo or video file to try the station without a camera.</source>
        <translation>La cámara que hace los retratos. Elija un archivo de foto o de vídeo para probar el puesto sin cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="202"/>
        <source>Camera to &amp;use</source>
        <translation>Cámara que se &amp;usa</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="203"/>
        <source>&amp;Resolution</source>
        <translation>Resoluci&amp;ón</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="89"/>
        <source>&amp;Mirror the preview</source>
        <translation>Mostrar la vista previa como en un &amp;espejo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="90"/>
        <source>People see themselves as in a mirror, which feels natural. The photo that is saved is never mirrored.</source>
        <translation>Las personas se ven como en un espejo, lo que resulta natural. La foto que se guarda nunca sale invertida.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="130"/>
        <source>Photo checks</source>
        <translation>Comprobaciones de la foto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="131"/>
        <source>When every check passes, the station can take the photo by itself.</source>
        <translation>Cuando se cumplen todas las comprobaciones, el puesto puede hacer la foto solo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="93"/>
        <source>Take the photo a&amp;utomatically when every check passes</source>
        <translation>&amp;Hacer la foto sola cuando todo esté en verde</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="94"/>
        <source>&amp;Frames to hold still</source>
        <translation>Fotogramas sin &amp;moverse</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="95"/>
        <source> frames</source>
        <translation> fotogramas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="100"/>
        <source>Allowed &amp;movement</source>
        <translation>Mo&amp;vimiento permitido</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="104"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="138"/>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="139"/>
        <source>After the photo is taken, the person is asked to blink (and turn their head) before the result shows. Automatic: blink and turn in kiosk mode, off otherwise.</source>
        <translation>Después de hacer la foto, se pide a la persona que parpadee (y gire la cabeza) antes de mostrar el resultado. Automático: parpadeo y giro en modo quiosco; desactivado en otro caso.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="143"/>
        <source>Automatic: on in kiosk mode</source>
        <translation>Automático: activado en modo quiosco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="144"/>
        <source>E&amp;nrol</source>
        <translation>A&amp;lta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="145"/>
        <source>After the photo is taken, the person is asked to blink (and turn their head) before they can be enrolled.</source>
        <translation>Después de hacer la foto, se pide a la persona que parpadee (y gire la cabeza) antes de poder darla de alta.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="149"/>
        <source>Play a sound &amp;when the result is shown</source>
        <translation>Reproducir un sonido &amp;cuando se muestra el resultado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="150"/>
        <source>A rising chime when the photo is taken or the person matches; a low falling tone when the photo does not pass or the person does not match.</source>
        <translation>Un timbre ascendente cuando se toma la foto o la persona coincide; un tono grave descendente cuando la foto no pasa o la persona no coincide.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="154"/>
        <source>Play a sound when the instruction chan&amp;ges</source>
        <translation>Reproducir un sonido cuando cambia la &amp;indicación</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="155"/>
        <source>A soft short tone each time the instruction for the person in front of the camera changes (for example &quot;Come closer&quot;).</source>
        <translation>Un tono corto y suave cada vez que cambia la indicación para la persona ante la cámara (por ejemplo «Acérquese»).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="101"/>
        <source>How far the face may drift while the photo is being taken, as a share of the face&apos;s width. Smaller is stricter; the default, 7.5&#xa0;%, allows for breathing and a slight sway.</source>
        <translation>Cuánto puede desplazarse la cara mientras se hace la foto, como parte de la anchura de la cara. Cuanto menor, más estricto; el valor por defecto, 7.5&#xa0;%, deja respirar y balancearse un poco.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="167"/>
        <source>Times</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="168"/>
        <source>When the station clears the screen by itself, for privacy.</source>
        <translation>Cuándo borra el puesto la pantalla por sí solo, por privacidad.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="106"/>
        <source>&amp;Lock the station after</source>
        <translation>&amp;Bloquear el puesto tras</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="109"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="110"/>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="116"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="107"/>
        <source>Without a touch or key press for this long, the operator is signed out. 0 means never.</source>
        <translation>Si pasa este tiempo sin tocar la pantalla ni pulsar una tecla, se cierra la sesión del operador. 0 significa nunca.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="112"/>
        <source>Clear a &amp;result after</source>
        <translation>Borrar un resu&amp;ltado tras</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="115"/>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="113"/>
        <source>A check&apos;s result (name, photo, match) disappears from the screen after this long. 0 means never.</source>
        <translation>El resultado de una comprobación (nombre, foto, coincidencia) desaparece de la pantalla tras este tiempo. 0 significa nunca.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="195"/>
        <source>Appearance</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="196"/>
        <source>The language and colours of the station.</source>
        <translation>El idioma y los colores del puesto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="125"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="127"/>
        <source>Same as this computer</source>
        <translation>El mismo que este ordenador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="126"/>
        <source>The new language shows as soon as you save.</source>
        <translation>El nuevo idioma se ve en cuanto guarde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="129"/>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="80"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="81"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="82"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="84"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="85"/>
        <source>Blink</source>
        <translation>Parpadeo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="86"/>
        <source>Blink and turn the head</source>
        <translation>Parpadeo y giro de cabeza</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="130"/>
        <source>High contrast: white and yellow on black, for people who see less well. The new colours show as soon as you save.</source>
        <translation>Alto contraste: blanco y amarillo sobre negro, para personas con dificultades de visión. Los colores nuevos se ven en cuanto guarde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="179"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="180"/>
        <source>What the operator confirms before a person&apos;s face is stored.</source>
        <translation>Lo que confirma el operador antes de guardar la cara de una persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="118"/>
        <source>Ask for the person&apos;s &amp;consent before enrolling</source>
        <translation>Pedir el co&amp;nsentimiento de la persona antes de darla de alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="119"/>
        <source>&amp;What the operator confirms</source>
        <translation>&amp;Lo que confirma el operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="120"/>
        <source>The Enrol page shows this sentence with a tick box; Enrol works only once it is ticked, and the activity log records that it was.</source>
        <translation>La página Alta muestra esta frase con una casilla; Dar de alta solo funciona cuando está marcada, y el registro de actividad anota que lo estaba.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="209"/>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="54"/>
        <source>Kiosk mode</source>
        <translation>Modo quiosco</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="210"/>
        <source>For a station that stands at the desk all day.</source>
        <translation>Para un puesto que está en el mostrador todo el día.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="133"/>
        <source>&amp;Full-screen kiosk mode</source>
        <translation>Modo quiosco a pa&amp;ntalla completa</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="134"/>
        <source>The station fills the screen and cannot be closed or left without the admin PIN. Turn it off to use the computer for other things.</source>
        <translation>El puesto ocupa toda la pantalla y no se puede cerrar ni abandonar sin el PIN de administración. Desactívelo para usar el ordenador para otras cosas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="109"/>
        <source>FaceCheck hosted service</source>
        <translation>Servicio alojado de FaceCheck</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="112"/>
        <source>The built-in service on this computer</source>
        <translation>El servicio integrado de este ordenador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="113"/>
        <source>not running at the moment (it starts with the station)</source>
        <translation>no está funcionando en este momento (se inicia con el puesto)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="116"/>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="48"/>
        <source>{0} × {1} (fastest)</source>
        <translation>{0} × {1} (la más rápida)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="49"/>
        <source>{0} × {1} (recommended)</source>
        <translation>{0} × {1} (recomendada)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="50"/>
        <source>{0} × {1} (sharpest, slower)</source>
        <translation>{0} × {1} (la más nítida, más lenta)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="121"/>
        <source>{0} × {1}</source>
        <translation>{0} × {1}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="148"/>
        <source>How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is steadier but slower.</source>
        <translation>Cuántos fotogramas comprobados seguidos deben cumplir con la cabeza quieta: {0} son unos {1:.1f} s. Con más, la foto es más estable pero tarda más.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="221"/>
        <source>This station was started with a camera of its own choosing ({0}): it uses that one until it is started without it. The choice here is kept for then.</source>
        <translation>Este puesto se inició con una cámara elegida al arrancar ({0}): la usa hasta que se inicie sin ella. La elección de aquí se guarda para entonces.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="227"/>
        <source>Looking for cameras…</source>
        <translation>Buscando cámaras…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="229"/>
        <source>No camera found. Connect a USB camera and open the settings again, or choose a photo or video file.</source>
        <translation>No se ha encontrado ninguna cámara. Conecte una cámara USB y vuelva a abrir los ajustes, o elija un archivo de foto o de vídeo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="234"/>
        <source>The camera starts again with the new choice when you save.</source>
        <translation>La cámara se reinicia con la nueva elección cuando guarde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="78"/>
        <source>Chosen camera (not connected)</source>
        <translation>Cámara elegida (no conectada)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="205"/>
        <source>&amp;Test this camera</source>
        <translation>&amp;Probar esta cámara</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="206"/>
        <source>Checks the camera as saved: the light, the sharpness, the colours and where people should stand (15 seconds). Save a new choice first to test it.</source>
        <translation>Comprueba la cámara tal como está guardada: la luz, la nitidez, los colores y dónde deben colocarse las personas (15 segundos). Guarde antes una nueva elección para probarla.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="249"/>
        <source>Choose a photo or video</source>
        <translation>Elija una foto o un vídeo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="252"/>
        <source>Photos and videos ({0})</source>
        <translation>Fotos y vídeos ({0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="253"/>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="148"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="317"/>
        <source>These settings cannot be used: {0}. Correct them and save again.</source>
        <translation>Estos ajustes no se pueden usar: {0}. Corríjalos y vuelva a guardar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="337"/>
        <source>The setting for the lists was not saved on the server, so nothing was saved. {0}</source>
        <translation>El ajuste de las listas no se ha guardado en el servidor, así que no se ha guardado nada. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="342"/>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="351"/>
        <source>Saving the settings…</source>
        <translation>Guardando los ajustes…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="372"/>
        <source>The settings were not saved. {0}</source>
        <translation>No se han guardado los ajustes. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="147"/>
        <source>Station settings (*.json)</source>
        <translation>Ajustes del puesto (*.json)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="156"/>
        <source>Export the settings to a file</source>
        <translation>Exportar los ajustes a un archivo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="163"/>
        <source>Choose a settings file</source>
        <translation>Elija un archivo de ajustes</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="176"/>
        <source>These settings cannot be exported: {0}. Correct them first.</source>
        <translation>Estos ajustes no se pueden exportar: {0}. Corríjalos primero.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="183"/>
        <source>Exporting the settings…</source>
        <translation>Exportando los ajustes…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="187"/>
        <source>Exported to {0}. On the next station: Settings, Server, Import settings.</source>
        <translation>Exportado a {0}. En el siguiente puesto: Ajustes, Servidor, Importar ajustes.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="197"/>
        <source>Reading the settings file…</source>
        <translation>Leyendo el archivo de ajustes…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="210"/>
        <source>This station already has the settings in that file: nothing to change.</source>
        <translation>Este puesto ya tiene los ajustes de ese archivo: no hay nada que cambiar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="213"/>
        <source>The file changes the settings listed below. Press Use these settings to save them now (changes not saved yet on the other sections are forgotten), or Do not import.</source>
        <translation>El archivo cambia los ajustes de la lista de abajo. Pulse Usar estos ajustes para guardarlos ya (se descartan los cambios aún no guardados en las demás secciones) o No importar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="42"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="43"/>
        <source>Mirror the preview</source>
        <translation>Vista previa en espejo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="44"/>
        <source>Automatic photo</source>
        <translation>Foto automática</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="45"/>
        <source>Frames to hold still</source>
        <translation>Fotogramas sin moverse</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="46"/>
        <source>Allowed movement</source>
        <translation>Movimiento permitido</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="47"/>
        <source>Lock after (s)</source>
        <translation>Bloquear tras (s)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="48"/>
        <source>Clear a result after (s)</source>
        <translation>Borrar un resultado tras (s)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="49"/>
        <source>Ask for consent</source>
        <translation>Pedir consentimiento</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="50"/>
        <source>Consent sentence</source>
        <translation>Frase de consentimiento</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="51"/>
        <source>Member number pattern</source>
        <translation>Formato del número de socio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="52"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="53"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="55"/>
        <source>Liveness check in Verify</source>
        <translation>Prueba de vida en Verificar</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="56"/>
        <source>Liveness check in Enrol</source>
        <translation>Prueba de vida en Alta</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="57"/>
        <source>Remember the operator&apos;s password</source>
        <translation>Recordar la contraseña del operador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="234"/>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="239"/>
        <source>This file cannot be imported. {0}</source>
        <translation>Este archivo no se puede importar. {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="241"/>
        <source>The file could not be written ({0}). Choose another folder, or a USB stick that is not write-protected.</source>
        <translation>No se ha podido escribir el archivo ({0}). Elija otra carpeta o una memoria USB que no esté protegida contra escritura.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="75"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="76"/>
        <source>Strangers matched by &amp;mistake in a list, at most</source>
        <translation>Desconocidos confundidos con alguien de una lista, como má&amp;ximo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="77"/>
        <source>Saved on the server: every station of this site uses it.</source>
        <translation>Se guarda en el servidor: lo usan todos los puestos de este centro.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="78"/>
        <source>Fewer mistakes means a list asks for a closer match, so now and then a member is asked to try again.</source>
        <translation>Menos errores significa que la lista pide un parecido mayor, así que de vez en cuando se pide a un miembro que lo intente otra vez.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="85"/>
        <source>1 in {0}</source>
        <translation>1 de cada {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="87"/>
        <source>{0} (recommended)</source>
        <translation>{0} (recomendado)</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="105"/>
        <source>Sign in to change this: it is kept on the server.</source>
        <translation>Inicie sesión para cambiarlo: se guarda en el servidor.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="106"/>
        <source>This service does not work out a confidence per list, so there is nothing to set here.</source>
        <translation>Este servicio no calcula una confianza para cada lista, así que aquí no hay nada que ajustar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="108"/>
        <source>The server could not be asked: {0}</source>
        <translation>No se ha podido consultar al servidor: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="109"/>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="109"/>
        <source>FaceStation: sign in</source>
        <translation>FaceStation: iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="110"/>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="117"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="111"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="112"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="114"/>
        <source>Next: the station&apos;s main window opens. Forgot your password? Your administrator can set a new one.</source>
        <translation>A continuación se abre la ventana principal del puesto. ¿Ha olvidado su contraseña? Su administrador puede ponerle una nueva.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="115"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="116"/>
        <source>Start the service again</source>
        <translation>Volver a iniciar el servicio</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="119"/>
        <source>Service: FaceCheck hosted service ({0})</source>
        <translation>Servicio: servicio alojado de FaceCheck ({0})</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="122"/>
        <source>Service: the built-in service on this computer</source>
        <translation>Servicio: el servicio integrado de este ordenador</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="164"/>
        <source>Starting the built-in service… You can already type your user name and password.</source>
        <translation>Iniciando el servicio integrado… Ya puede escribir su usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="166"/>
        <source>Connected. Type your user name and password.</source>
        <translation>Conectado. Escriba su usuario y contraseña.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="168"/>
        <source>Not connected to the service yet.</source>
        <translation>Aún no hay conexión con el servicio.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="185"/>
        <source>Type your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="189"/>
        <source>Type your password.</source>
        <translation>Escriba su contraseña.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="192"/>
        <source>The station is still connecting to the service: wait a moment, then press Sign in again.</source>
        <translation>El puesto aún se está conectando al servicio: espere un momento y vuelva a pulsar Iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="197"/>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="209"/>
        <source>The user name or password is not right. Check them (capital letters count) and try again.</source>
        <translation>El usuario o la contraseña no son correctos. Compruébelos (se distinguen mayúsculas y minúsculas) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="212"/>
        <source>If they are right, the station&apos;s client id or secret may be wrong: ask your administrator to check the settings.</source>
        <translation>Si son correctos, puede que el id. o el secreto de cliente del puesto estén mal: pida a su administrador que revise los ajustes.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facestation/station/ui/single_instance.py" line="69"/>
        <source>FaceStation is already running on this computer. Use the FaceStation window that is already open; if you cannot see it, look for it in the taskbar.</source>
        <translation>FaceStation ya está abierto en este ordenador. Use la ventana de FaceStation que ya está abierta; si no la ve, búsquela en la barra de tareas.</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="199"/>
        <source>The activity log cannot be opened right now, so this session is not logged; the file was left as it is. Tell your administrator ({0}).</source>
        <translation>El registro de actividad no se puede abrir ahora, así que esta sesión no queda registrada; el archivo se ha dejado como estaba. Avise a su administrador ({0}).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="203"/>
        <source>The activity log could not be read and was set aside as {0} for your administrator; a new log has started.</source>
        <translation>No se pudo leer el registro de actividad; se ha apartado como {0} para su administrador y se ha empezado un registro nuevo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="307"/>
        <source>Camera chosen at start: {0}</source>
        <translation>Cámara elegida al arrancar: {0}</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="341"/>
        <source>You are signed out. The next operator can sign in now.</source>
        <translation>Ha cerrado la sesión. El siguiente operador ya puede iniciar sesión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="352"/>
        <source>The station locked itself after {0} minute(s) without use. Sign in to go on.</source>
        <translation>El puesto se ha bloqueado solo tras {0} minuto(s) sin uso. Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="393"/>
        <source>Type the admin PIN to see the activity log.</source>
        <translation>Escriba el PIN de administración para ver el registro de actividad.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="447"/>
        <source>{0} change(s) kept on this station were refused by the service. Click “Pending” to correct or discard them.</source>
        <translation>El servicio ha rechazado {0} cambio(s) guardado(s) en este puesto. Haga clic en «Pendientes» para corregirlos o descartarlos.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="450"/>
        <source>Everything kept on this station while offline has been sent.</source>
        <translation>Se ha enviado todo lo que se guardó en este puesto sin conexión.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="522"/>
        <source>The built-in service stopped answering; the station is restarting it.</source>
        <translation>El servicio integrado ha dejado de responder; el puesto lo está reiniciando.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="528"/>
        <source>The FaceCheck service does not answer. Check the network; the station keeps trying.</source>
        <translation>El servicio FaceCheck no responde. Compruebe la red; el puesto sigue intentándolo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="536"/>
        <source>The built-in service was restarted. Sign in again to go on.</source>
        <translation>El servicio integrado se ha reiniciado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="541"/>
        <source>The built-in service was restarted and is working again.</source>
        <translation>El servicio integrado se ha reiniciado y vuelve a funcionar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="557"/>
        <source>Your session has ended. Sign in again to go on.</source>
        <translation>Su sesión ha terminado. Vuelva a iniciar sesión para continuar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="574"/>
        <source>Type the admin PIN to close the station.</source>
        <translation>Escriba el PIN de administración para cerrar el puesto.</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="210"/>
        <source>Tr&amp;y again</source>
        <translation>Intentar &amp;de nuevo</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="212"/>
        <source>Verify a person</source>
        <translation>Verificar a una persona</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="371"/>
        <source>Type or scan the person&apos;s number first.</source>
        <translation>Escriba o pase primero el número de la persona.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="382"/>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="30"/>
        <source>Looking up the person…</source>
        <translation>Buscando a la persona…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="431"/>
        <source>Reading the reference photo…</source>
        <translation>Leyendo la foto de referencia…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="555"/>
        <source>Checking the face…</source>
        <translation>Comprobando la cara…</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="597"/>
        <source>The list “{0}” no longer exists. Choose another list.</source>
        <translation>La lista «{0}» ya no existe. Elija otra lista.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="17"/>
        <source>Compare the two photos, then confirm or reject.</source>
        <translation>Compare las dos fotos y después confirme o rechace.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="18"/>
        <source>Press “Next person” when you are done, or wait: the result clears by itself.</source>
        <translation>Pulse «Siguiente persona» cuando termine, o espere: el resultado se borra solo.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="19"/>
        <source>Checking the face… The camera keeps running.</source>
        <translation>Comprobando la cara… La cámara sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="20"/>
        <source>Wait for the connection: the check starts by itself when the service answers, or press “Try again”.</source>
        <translation>Espere a la conexión: la comprobación empieza sola cuando el servicio responda, o pulse «Intentar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="22"/>
        <source>Checks wait for the connection. Meanwhile you can enrol people and change records.</source>
        <translation>Las comprobaciones esperan a la conexión. Mientras tanto puede dar de alta a personas y cambiar fichas.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="24"/>
        <source>The check did not work. See below, then press “Try again”.</source>
        <translation>La comprobación no ha funcionado. Vea abajo y pulse «Intentar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="25"/>
        <source>The check was cancelled. Press “Try again”, or retake the photo.</source>
        <translation>Se ha cancelado la comprobación. Pulse «Intentar de nuevo» o repita la foto.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="26"/>
        <source>Checking the photo file: it is taken by itself when the face is clear, or press “Take photo now”.</source>
        <translation>Comprobando el archivo de foto: se hace sola cuando la cara se ve con claridad, o pulse «Hacer la foto ya».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="28"/>
        <source>Ask the person to look at the camera. The photo is taken by itself.</source>
        <translation>Pida a la persona que mire a la cámara. La foto se hace sola.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="29"/>
        <source>No camera: load the person&apos;s photo with “Load photo from file…”.</source>
        <translation>Sin cámara: cargue la foto de la persona con «Cargar foto desde archivo…».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="31"/>
        <source>Photo taken. Now type or scan the person&apos;s number and press Enter.</source>
        <translation>Foto hecha. Ahora escriba o pase el número de la persona y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="33"/>
        <source>Type or scan the person&apos;s number and press Enter.</source>
        <translation>Escriba o pase el número de la persona y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="34"/>
        <source>First the reference: hold the ID document&apos;s photo up to the camera.</source>
        <translation>Primero la referencia: ponga la foto del documento de identidad delante de la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="36"/>
        <source>Photo taken. Now choose the reference photo: a file, or with the camera.</source>
        <translation>Foto hecha. Ahora elija la foto de referencia: un archivo o con la cámara.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="38"/>
        <source>First choose the reference photo (for example from the ID document).</source>
        <translation>Primero elija la foto de referencia (por ejemplo, la del documento de identidad).</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="40"/>
        <source>There is no list to check against yet.</source>
        <translation>Aún no hay ninguna lista con la que comparar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="41"/>
        <source>Choose the list to check against.</source>
        <translation>Elija la lista con la que comparar.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="49"/>
        <source>The person follows the instructions on the screen. The result shows once a live person is confirmed.</source>
        <translation>La persona sigue las indicaciones de la pantalla. El resultado se muestra cuando se confirma que es una persona real.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="52"/>
        <source>Press “Try again” while the person is still at the camera, or “Next person”.</source>
        <translation>Pulse «Intentar de nuevo» mientras la persona sigue ante la cámara, o «Siguiente persona».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="54"/>
        <source>The station could not confirm a live person. Check the person yourself, or press “Next person”.</source>
        <translation>El puesto no pudo confirmar que sea una persona real. Compruebe usted a la persona, o pulse «Siguiente persona».</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="61"/>
        <source>No connection: checking a face needs the service. Enrolments and changes made now are kept and sent later.</source>
        <translation>Sin conexión: para comprobar una cara hace falta el servicio. Las altas y los cambios que haga ahora se guardan y se envían más tarde.</translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="63"/>
        <source>No connection: checking a face needs the service. Wait until the connection is back.</source>
        <translation>Sin conexión: para comprobar una cara hace falta el servicio. Espere a que vuelva la conexión.</translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="93"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
