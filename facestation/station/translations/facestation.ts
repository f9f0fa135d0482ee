<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../ops.py" line="285"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="286"/>
        <source>The service did not accept the sign-in: the user name or password is not right, or the session has ended. Check the user name and password (they are case-sensitive) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="290"/>
        <source>Hourly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="291"/>
        <source>This station has used all the calls it may make this hour. Try again in {0} minute(s); if this happens often, ask your administrator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="295"/>
        <source>No credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="296"/>
        <source>The FaceCheck account has no identification credits left. Ask your administrator to add credits; enrolling and editing records still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="300"/>
        <location filename="../ops.py" line="344"/>
        <source>Please check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="301"/>
        <source>The service did not accept the data: {0}. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="304"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="305"/>
        <source>That person or list does not exist (any more). Search again and choose it from the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="308"/>
        <source> (reference {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="309"/>
        <source>The service had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="310"/>
        <source>The face service failed while doing this{0}. Try again in a moment; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="314"/>
        <source>The built-in service on this computer is not answering. The station is restarting it: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="317"/>
        <source>The station cannot reach the FaceCheck service. Check that this computer is connected to the network (cable or Wi-Fi); the station keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="319"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="321"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="322"/>
        <source>The face service took too long to answer. Try again; if the network is slow, wait a moment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="325"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="326"/>
        <source>This service does not offer this feature. The built-in service has it; the hosted service does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="329"/>
        <location filename="../ops.py" line="346"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="330"/>
        <source>The face service reported a problem: {0}. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="332"/>
        <source>Setup did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="333"/>
        <source>The station could not create its accounts: {0} Fix this and press the button again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="336"/>
        <source>The built-in service did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="337"/>
        <source>{0} Close the station and open it again; if it keeps happening, send the log to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="340"/>
        <source>Camera problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="341"/>
        <source>{0} Check that the camera is plugged in and not used by another program, or use a photo or video file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="345"/>
        <source> The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ops.py" line="347"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="85"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="87"/>
        <source>{0}   ·   No. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="89"/>
        <source>{0}   (switched off: not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../panels/lists.py" line="435"/>
        <source>Add people to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="436"/>
        <source>Add people to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="438"/>
        <source>Type part of the person&apos;s name or their member number and press Search. Tap everyone to add, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="440"/>
        <source>&amp;Name or member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="441"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="443"/>
        <source>This service cannot search by name: type the person&apos;s exact member number (or their record id) and press Find, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="445"/>
        <source>Exact member &amp;number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="446"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="447"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="474"/>
        <source>Type the person&apos;s member number or record id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="482"/>
        <source>Looking for the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="507"/>
        <source>{0}   (already in this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="526"/>
        <source>Nobody found. Check the spelling, or try part of the name or the member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="528"/>
        <source>Nobody has this member number or record id. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="530"/>
        <source>The first {0} of {1} found: type more of the name to find the person faster. {2} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="533"/>
        <source>{0} found, {1} chosen. Tap a person to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="544"/>
        <source>Choose at least one person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="546"/>
        <source>Adding to the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="574"/>
        <source>This list or person no longer exists. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../ops.py" line="381"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../widgets/camera_view.py" line="238"/>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.py" line="240"/>
        <source>Live picture from the camera with a guide showing where the head should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.py" line="348"/>
        <source>No camera found.
Connect a USB camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.py" line="542"/>
        <source>Eyes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.py" line="597"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../widgets/capture_panel.py" line="277"/>
        <source>Take photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="278"/>
        <source>Take the photo now, even if some checks are not green (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="279"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="280"/>
        <source>Throw this photo away and take a new one (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="281"/>
        <source>Load photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="282"/>
        <source>Use a photo file instead of the camera; it is checked the same way (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="283"/>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="352"/>
        <source>Choose a photo of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="357"/>
        <source>Photos (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="357"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="385"/>
        <location filename="../widgets/capture_panel.py" line="419"/>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="419"/>
        <source>This photo cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="426"/>
        <source>The video has ended. Load another file, or choose a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="436"/>
        <source>The camera is off.
Choose a camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturedPhotoCard</name>
    <message>
        <location filename="../widgets/capture_panel.py" line="93"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="110"/>
        <source>No photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="112"/>
        <source>Taken automatically when every check is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="115"/>
        <source>No photo taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="120"/>
        <source>✓ Passes every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="124"/>
        <source>✗ Does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="126"/>
        <source>Not passed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="129"/>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/capture_panel.py" line="129"/>
        <source>Taken automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../widgets/duplicates.py" line="115"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="116"/>
        <source>Already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="118"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="119"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="120"/>
        <source>Member / employee no.: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="121"/>
        <source>No member / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="122"/>
        <source>In: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="125"/>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="125"/>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="126"/>
        <source>{0} ({1} % alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="127"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../widgets/duplicates.py" line="197"/>
        <source>Already enrolled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="199"/>
        <source>This person may already be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="201"/>
        <source>This person may already be enrolled ({0} possible matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="204"/>
        <source>Compare the photos. If it is the same person, press Cancel: nothing is saved, and you can find them on the Records page. If it is someone else, press Enrol anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="206"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/duplicates.py" line="207"/>
        <source>&amp;Enrol anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../panels/enrol.py" line="318"/>
        <source>Enrol a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="319"/>
        <source>Take the photo, type the details, press Enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="320"/>
        <source>Retake the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="321"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="322"/>
        <source>Save this person with the photo and the details (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="350"/>
        <source>Enrolling… Wait a moment, or press Cancel at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="352"/>
        <source>First take the photo (automatic when every check is green), or load one from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="354"/>
        <source>Check the details, then press Enrol (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="411"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="422"/>
        <source>Take the photo first: look at the camera until every check is green, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="435"/>
        <source>Checking whether {0} is already enrolled, then enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="436"/>
        <source>Enrolling {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="458"/>
        <source>Stopped. {0} IS enrolled, but may not be in every ticked list: check on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="462"/>
        <source>Stopped. {0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="466"/>
        <source>Stopped. Nothing was saved; press Enrol to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="476"/>
        <source>{0} is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="480"/>
        <source>There are no lists yet, so the station did not check whether this person was already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="483"/>
        <source>The check for people already enrolled was skipped: the account has no identification credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="486"/>
        <source>The check for people already enrolled was skipped: this service does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="490"/>
        <source>{0} IS enrolled, but adding them to the list “{1}” did not work: {2} Add them to it on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="513"/>
        <source>{0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="526"/>
        <source>The service did not accept the details: {0}. Correct them and press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="535"/>
        <source>The service found no face in this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="536"/>
        <source>The face is too small in this photo: the person should come closer to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="538"/>
        <source>There is more than one face in this photo: only the person to enrol may be in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="540"/>
        <source>This photo is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="542"/>
        <source>The service could not read this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="543"/>
        <source>{0} Press “Retake the photo” and take a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/enrol.py" line="578"/>
        <source>Not enrolled. If it is the same person, find them on the Records page; if not, press Enrol and choose “Enrol anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../app.py" line="167"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="170"/>
        <source>The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="172"/>
        <location filename="../app.py" line="174"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../dialogs/first_run.py" line="273"/>
        <source>FaceStation: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="274"/>
        <source>Welcome to FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="276"/>
        <source>First, choose where this station checks faces. If you are not sure, choose the first option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="278"/>
        <source>Built-in local service (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="279"/>
        <source>Everything stays on this computer. No account and no internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="281"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="282"/>
        <source>Use a FaceCheck account over the internet. You need the client id and client secret that FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="284"/>
        <source>Click one of the two options to continue. You can change this later in the settings, with the admin PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="286"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="288"/>
        <source>Create the first operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="290"/>
        <source>Operators sign in to use the station. Choose a user name and a password for the person who works at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="292"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="293"/>
        <source>for example: reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="294"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="295"/>
        <source>at least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="296"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="297"/>
        <location filename="../dialogs/first_run.py" line="314"/>
        <source>&amp;Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="298"/>
        <location filename="../dialogs/first_run.py" line="315"/>
        <source>at least {0} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="299"/>
        <location filename="../dialogs/first_run.py" line="316"/>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="300"/>
        <source>The admin PIN protects the settings and leaving full-screen mode. Choose at least {0} digits and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="304"/>
        <source>Next: the station prepares its built-in service (about a minute at most), then you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="305"/>
        <location filename="../dialogs/first_run.py" line="320"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="306"/>
        <source>Set up the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="308"/>
        <source>Connect to FaceCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="310"/>
        <source>Type the details FaceCheck gave you. If you do not have them, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="311"/>
        <source>Service &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="312"/>
        <source>&amp;Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="313"/>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="319"/>
        <source>Next: you sign in with your FaceCheck operator account; the station checks these details then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="321"/>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="323"/>
        <source>The station is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="324"/>
        <source>Continue to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="348"/>
        <source>The built-in service is running on this computer.

Next: sign in with the operator account you just created ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="352"/>
        <source>The station will use the FaceCheck service at {0}.

Next: sign in with your FaceCheck operator user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="355"/>
        <source>Warning: this computer has no secure password store (OS keyring), so the station keeps its secret in an encrypted file instead:
{0}
Anyone who can use this computer account could read it. Ask your administrator whether to set up a keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="398"/>
        <source>The admin PIN needs at least {0} digits (numbers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="400"/>
        <source>The two PINs are not the same: type the PIN again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="409"/>
        <source>Type a user name for the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="410"/>
        <source>The user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="411"/>
        <source>The password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="413"/>
        <source>The two passwords are not the same: type the password again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="423"/>
        <source>Setting up the built-in service… this takes up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="431"/>
        <source>The service address must start with https:// (for example {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="433"/>
        <source>Type the client id FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="435"/>
        <source>Type the client secret FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/first_run.py" line="446"/>
        <source>Saving the connection details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../widgets/guidance_banner.py" line="24"/>
        <source>Look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="25"/>
        <source>Only one person in view, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="26"/>
        <source>Come closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="27"/>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="28"/>
        <source>Move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="29"/>
        <source>Move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="30"/>
        <source>Move up a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="31"/>
        <source>Move down a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="32"/>
        <source>Turn your head slightly to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="33"/>
        <source>Turn your head slightly to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="34"/>
        <source>Lower your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="35"/>
        <source>Raise your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="36"/>
        <source>Keep your head straight, don&apos;t tilt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="37"/>
        <source>Open your eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="38"/>
        <source>Close your mouth, neutral expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="39"/>
        <source>Too dark: add light in front of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="40"/>
        <source>Too bright: reduce the light on your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="41"/>
        <source>The light behind you is too strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="42"/>
        <source>Light your face evenly from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="43"/>
        <source>Red eyes: turn off the flash and retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="44"/>
        <source>A plain background is needed behind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="45"/>
        <source>Hold still, the image is blurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="48"/>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceBanner</name>
    <message>
        <location filename="../widgets/guidance_banner.py" line="107"/>
        <source>Instructions for the person being photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="165"/>
        <source>Photo taken. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/guidance_banner.py" line="167"/>
        <source>Photo taken, but it does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDetailsDialog</name>
    <message>
        <location filename="../panels/lists.py" line="249"/>
        <location filename="../panels/lists.py" line="250"/>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="251"/>
        <source>Give the list a name people will recognise, for example “Pool members” or “Staff”. Then add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="253"/>
        <source>Create list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="255"/>
        <source>Rename or describe a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="256"/>
        <source>Rename or describe “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="257"/>
        <source>Change the name or the description, then press Save. The people in the list stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="259"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="260"/>
        <source>List &amp;name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="261"/>
        <source>&amp;Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="262"/>
        <source>What the list is for, e.g. “Members who may use the pool”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="279"/>
        <location filename="../panels/lists.py" line="304"/>
        <source>Type a name for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="284"/>
        <source>Creating the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="287"/>
        <source>Saving the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="301"/>
        <source>Another list is already called “{0}”. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="306"/>
        <source>This list was deleted in the meantime. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <location filename="../panels/lists.py" line="713"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="714"/>
        <source>A list is a group of people, for example your pool members. Verify can check whether a visitor is in a list. Choose a list to see who is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="717"/>
        <source>This service cannot list its lists: shown are the lists this station created or opened, and the people this station added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="719"/>
        <source>&amp;Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="720"/>
        <source>Your lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="721"/>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="722"/>
        <source>Rename / descr&amp;ibe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="723"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="724"/>
        <source>S&amp;how more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="725"/>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="726"/>
        <source>Take the chosen people out of this list. They stay enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="727"/>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="736"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="737"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="737"/>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="776"/>
        <source>Loading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="802"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="819"/>
        <source>No lists yet. Press New list… to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="821"/>
        <source>No lists yet on this station. Press New list…, or open a list made elsewhere with Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="874"/>
        <source>The list “{0}” was made. Now add people with Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="877"/>
        <source>The list “{0}” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="890"/>
        <source>Delete a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="891"/>
        <source>Delete the list “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="893"/>
        <source>The people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="894"/>
        <source>The person in it stays enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="895"/>
        <source>The {0} people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="896"/>
        <source>{0}: only the list goes. Verify can no longer check against this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="898"/>
        <source>Delete the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="899"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="917"/>
        <source>Deleting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="920"/>
        <source>The list was not deleted. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="923"/>
        <source>The list “{0}” was deleted. The people in it are still enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="943"/>
        <source>The list “{0}” is now shown on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="966"/>
        <source>Loading the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="982"/>
        <source>The members could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1005"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1007"/>
        <source>Choose a list on the left to see who is in it, or make a new one with New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1010"/>
        <source>Members of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1018"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1020"/>
        <source>Nobody is in this list yet. Press Add person… to add someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1023"/>
        <source>Showing {0} of {1} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1025"/>
        <source>{0} in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1027"/>
        <source>Only the people added at this station are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1028"/>
        <source>Tap people to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1057"/>
        <source>1 person was added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1058"/>
        <source>{1} people were added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1072"/>
        <source>Removing from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1088"/>
        <source>{0} was taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1091"/>
        <source>{0} people were taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="1100"/>
        <source>People cannot be taken out of a list on this service. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="191"/>
        <location filename="../main_window.py" line="192"/>
        <source>FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="197"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="198"/>
        <source>Sign out and clear this operator&apos;s data from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="199"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="200"/>
        <source>Server, camera, photo checks, times and appearance (admin PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="201"/>
        <source>Calls this hour: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="202"/>
        <location filename="../main_window.py" line="335"/>
        <source>Camera: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>The camera starts with the Enrol and Verify screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>Built-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="277"/>
        <source>FaceCheck service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="280"/>
        <source>● {0}: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="282"/>
        <source>● {0}: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="284"/>
        <source>● {0}: restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="286"/>
        <source>● {0}: no connection, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="297"/>
        <source>Operator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299"/>
        <source>Signed in as
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="307"/>
        <source>Sign-in renews itself at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="309"/>
        <source>The sign-in (access token) is valid until {0}; the station renews it by itself while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="321"/>
        <source>{0} of {1} calls used in the last hour; {2} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="324"/>
        <source>The next call is possible in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.py" line="337"/>
        <source>Camera: {0:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenListDialog</name>
    <message>
        <location filename="../panels/lists.py" line="339"/>
        <location filename="../panels/lists.py" line="340"/>
        <source>Open a list by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="341"/>
        <source>A list made elsewhere (another station, the service&apos;s web portal) appears here once you open it by its id. Ask whoever made it for the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="343"/>
        <source>List &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="344"/>
        <source>e.g. 3f2b8c1e-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="345"/>
        <source>Open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="357"/>
        <source>Type or paste the list&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="360"/>
        <source>Opening the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/lists.py" line="368"/>
        <source>The service has no list with this id. Check the id and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../widgets/person_form.py" line="187"/>
        <source>First n&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="187"/>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="188"/>
        <source>Se&amp;cond surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="188"/>
        <source>Mem&amp;ber / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="189"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="189"/>
        <source>L&amp;ists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="192"/>
        <location filename="../widgets/person_form.py" line="193"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="194"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="195"/>
        <source>Optional: type it or scan the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="196"/>
        <source>Attac&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="197"/>
        <source>Attach a file to this person, for example a signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="198"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="199"/>
        <source>Active (can be reco&amp;gnised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="200"/>
        <source>No lists yet. Create them on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="289"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="306"/>
        <source>“{0}” is too big ({1:.1f} MB). Attach a file of at most {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="312"/>
        <source>“{0}” cannot be read ({1}). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="332"/>
        <source>{0} ({1} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="334"/>
        <source>{0} (stored; attach another file to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="336"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="347"/>
        <location filename="../widgets/person_form.py" line="369"/>
        <source>Type the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="349"/>
        <location filename="../widgets/person_form.py" line="370"/>
        <source>Type the person&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="372"/>
        <source>Someone else already has this number. Check it, or find that person on the Records page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="373"/>
        <source>The attached file needs a name: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/person_form.py" line="374"/>
        <source>One of the ticked lists no longer exists. Untick it; the list of lists was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../dialogs/settings.py" line="158"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="159"/>
        <source>The settings are for the administrator. Type the admin PIN to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="160"/>
        <source>Admin &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="161"/>
        <source>Do not know the PIN? Ask your administrator. Press Cancel to go back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="163"/>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="189"/>
        <source>Type the admin PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="194"/>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="219"/>
        <source>That PIN is not right. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="226"/>
        <source>That PIN is not right, several times now. Wait {0} seconds, then type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="237"/>
        <source>You can type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBridge</name>
    <message>
        <location filename="../pipeline_bridge.py" line="276"/>
        <source>The camera is not running. Choose a camera or load a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pipeline_bridge.py" line="388"/>
        <source>Something went wrong while checking the picture; the camera keeps running. If this keeps happening, restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pipeline_bridge.py" line="403"/>
        <source>No face to photograph. Ask the person to look at the camera, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../pipeline_bridge.py" line="419"/>
        <source>The camera or file could not be opened. Choose another camera, or a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaChecklist</name>
    <message>
        <location filename="../widgets/qa_checklist.py" line="22"/>
        <source>Face at the right height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="23"/>
        <source>Face in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="24"/>
        <source>Good lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="25"/>
        <source>No red eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="26"/>
        <source>Right distance from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="27"/>
        <source>Only one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="28"/>
        <source>Looking straight ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="29"/>
        <source>Overall photo quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="60"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="62"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="64"/>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/qa_checklist.py" line="101"/>
        <location filename="../widgets/qa_checklist.py" line="102"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCamera</name>
    <message>
        <location filename="../qt_camera.py" line="114"/>
        <location filename="../qt_camera.py" line="313"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_camera.py" line="209"/>
        <source>The camera chosen in the settings is not connected. Plug it in, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_camera.py" line="261"/>
        <source>The camera “{0}” cannot be used{1}. Close other programs that may be using it (video calls, another station window), or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_camera.py" line="271"/>
        <source>The camera “{0}” was unplugged. Plug it in again, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt_camera.py" line="380"/>
        <source>{0} stopped sending pictures. Check its cable, close other programs that may be using it, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../widgets/record_view.py" line="79"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="79"/>
        <source>Surnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="80"/>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="80"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="81"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="81"/>
        <source>Main list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="82"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="86"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="118"/>
        <location filename="../widgets/record_view.py" line="122"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="119"/>
        <source>Active: can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="120"/>
        <source>Turned off: is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="123"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/record_view.py" line="133"/>
        <source>The photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../panels/records.py" line="303"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="304"/>
        <source>Find a person to see their photo and details, correct them, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="305"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="306"/>
        <source>Name, member number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="307"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="309"/>
        <source>This service finds people only by their exact number or record id. Type or scan the whole number and press Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="311"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="311"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="311"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="312"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="314"/>
        <source>Search for a person, then choose them in the list to see their photo and details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="315"/>
        <source>Ed&amp;it details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="316"/>
        <source>Replace &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="317"/>
        <source>Choose a new photo file; the service checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="318"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="319"/>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="320"/>
        <source>Save file &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="321"/>
        <source>Save cha&amp;nges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="322"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="323"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="401"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="474"/>
        <source>Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched on this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="499"/>
        <source>Loading more people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="515"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="515"/>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="535"/>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="535"/>
        <source>Type the whole number or record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="537"/>
        <source>Nobody found. Check the spelling, or search for part of the name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="538"/>
        <source>Nobody is enrolled yet. Enrol people on the Enrol page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="540"/>
        <source>Newest first: {0} of {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="542"/>
        <source>Showing {0} of {1} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="544"/>
        <source>{0} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="544"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="589"/>
        <source>Loading the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="637"/>
        <source>This person was deleted meanwhile. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="669"/>
        <source>This person has no attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="671"/>
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="672"/>
        <source>Recognise this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="674"/>
        <source>Turn o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="675"/>
        <source>Keep the record but stop recognising this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="735"/>
        <source>{0} is recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="736"/>
        <source>{0} is turned off: the record stays, but they are not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="738"/>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="738"/>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="749"/>
        <source>Loading the person&apos;s lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="797"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="829"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="846"/>
        <source>The changes to {0} are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="860"/>
        <source>This service cannot take a person out of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="862"/>
        <source>The details are saved, but the lists were not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="865"/>
        <source>Changing the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="882"/>
        <source>Choose the new photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="885"/>
        <source>Photos (*.jpg *.jpeg *.png *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="885"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="902"/>
        <source>Reading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="908"/>
        <source>“{0}” cannot be used: {1}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="925"/>
        <source>Checking and saving the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="926"/>
        <source>The new photo of {0} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="930"/>
        <source>it is bigger than {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="931"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="935"/>
        <source>No face was found in this photo. Choose a photo where the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="937"/>
        <source>There is more than one face in this photo. Choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="939"/>
        <source>The face is too small in this photo. Choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="940"/>
        <source>This file is not a photo the service can read. Choose a JPEG or PNG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="941"/>
        <location filename="../panels/records.py" line="943"/>
        <source>This photo is too large. Choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="942"/>
        <source>This photo could not be sent. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="945"/>
        <source>The service did not accept this photo: {0}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="956"/>
        <source> (number {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="958"/>
        <source>Delete this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="959"/>
        <source>Delete {0}{1} with their photo and attached file? They will no longer be recognised. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="961"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="961"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="979"/>
        <source>{0} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="986"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="995"/>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1012"/>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1015"/>
        <source>The file could not be saved in {0}: {1}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1019"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1033"/>
        <source>The file could not be opened: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1036"/>
        <source>No program on this computer opens “{0}”. Use Save file… and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/records.py" line="1040"/>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../widgets/result_card.py" line="285"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="287"/>
        <source>Compare the two photos (and the person&apos;s ID document if you can), then decide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="288"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="289"/>
        <source>Checked the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="289"/>
        <source>The enrolled photo is old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="290"/>
        <source>A different face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="290"/>
        <source>The person left before the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="297"/>
        <source>Choose or type a short reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="298"/>
        <source>&amp;Confirm: same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="299"/>
        <source>Re&amp;ject: not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="300"/>
        <source>Ne&amp;xt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="301"/>
        <source>Clear this result now and get ready for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="310"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="310"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="311"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="311"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="316"/>
        <source>This is the expected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="317"/>
        <source>The face matches the reference photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="318"/>
        <source>This person is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="320"/>
        <source>The faces are alike, but not enough to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="323"/>
        <source>This is not the expected person. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="325"/>
        <source>The face does not match the reference photo. Check the ID document by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="327"/>
        <source>Nobody on the list matches this face. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="334"/>
        <source>There is no clear face in the reference photo. Use a sharper photo of the ID document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="337"/>
        <source>No face was found in the photo. Ask the person to look at the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="339"/>
        <source>More than one face is in the photo. Make sure only this person is in front of the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="342"/>
        <source>This person&apos;s record is switched off, so they cannot be verified. Ask an administrator to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="345"/>
        <source>This person has no enrolled photo. Enrol a photo for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="347"/>
        <source>Nobody on this list can be checked yet. Add people to the list on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="350"/>
        <source>The comparison was not made ({0}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="351"/>
        <source>The comparison was not made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="528"/>
        <source>Waiting for your decision: confirm or reject above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/result_card.py" line="530"/>
        <source>Clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="543"/>
        <source>Reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="545"/>
        <source>Enrolled photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="546"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="549"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="560"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="573"/>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="576"/>
        <source>Number: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="581"/>
        <source>✓ You confirmed: same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="583"/>
        <source>✗ You rejected: not the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/result_card.py" line="585"/>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../dialogs/settings.py" line="530"/>
        <source>FaceStation: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="532"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="533"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="533"/>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="533"/>
        <source>&amp;Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="534"/>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="534"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="534"/>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="537"/>
        <source>Save keeps the changes on every section; Cancel forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="538"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="539"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="541"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="542"/>
        <source>Where this station checks faces and keeps the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="543"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="544"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="545"/>
        <source>Cha&amp;nge server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="547"/>
        <source>Sets up the connection again, as on the first start. Changes on the other sections that are not saved yet are forgotten, and the operator signs in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="551"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="552"/>
        <source>The camera that takes the portraits. Choose a photo or video file to try the station without a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="554"/>
        <source>Camera to &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="555"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="556"/>
        <source>&amp;Mirror the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="557"/>
        <source>People see themselves as in a mirror, which feels natural. The photo that is saved is never mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="562"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="563"/>
        <source>When every check passes, the station can take the photo by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="564"/>
        <source>Take the photo a&amp;utomatically when every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="565"/>
        <source>&amp;Frames to hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="566"/>
        <source> frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="567"/>
        <source>Allowed &amp;movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="568"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="570"/>
        <source>How far the face may move from one frame to the next, as a share of its width. Smaller is stricter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="573"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="574"/>
        <source>When the station clears the screen by itself, for privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="575"/>
        <source>&amp;Lock the station after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="576"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="577"/>
        <location filename="../dialogs/settings.py" line="582"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="579"/>
        <source>Without a touch or key press for this long, the operator is signed out. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="580"/>
        <source>Clear a &amp;result after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="581"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="584"/>
        <source>A check&apos;s result (name, photo, match) disappears from the screen after this long. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="586"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="587"/>
        <source>The language and colours of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="588"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="589"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="590"/>
        <source>The new language shows as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="591"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="592"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="592"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="592"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="595"/>
        <source>High contrast: white and yellow on black, for people who see less well. The new colours show as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="598"/>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="599"/>
        <source>For a station that stands at the desk all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="600"/>
        <source>&amp;Full-screen kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="602"/>
        <source>The station fills the screen and cannot be closed or left without the admin PIN. Turn it off to use the computer for other things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="608"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="611"/>
        <source>The built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="612"/>
        <source>not running at the moment (it starts with the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="615"/>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="619"/>
        <source>{0} × {1} (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="619"/>
        <source>{0} × {1} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="620"/>
        <source>{0} × {1} (sharpest, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="623"/>
        <source>{0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="629"/>
        <source>How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is steadier but slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="635"/>
        <source>This station was started with a camera of its own choosing ({0}): it uses that one until it is started without it. The choice here is kept for then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="639"/>
        <source>Looking for cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="642"/>
        <source>No camera found. Connect a USB camera and open the settings again, or choose a photo or video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="645"/>
        <source>The camera starts again with the new choice when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="713"/>
        <source>Chosen camera (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="822"/>
        <source>Choose a photo or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="825"/>
        <source>Photos and videos ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="825"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="888"/>
        <source>These settings cannot be used: {0}. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="895"/>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/settings.py" line="914"/>
        <source>The settings were not saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../dialogs/sign_in.py" line="98"/>
        <source>FaceStation: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="99"/>
        <location filename="../dialogs/sign_in.py" line="106"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="100"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="101"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="103"/>
        <source>Next: the station&apos;s main window opens. Forgot your password? Your administrator can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="104"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="105"/>
        <source>Start the service again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="108"/>
        <source>Service: FaceCheck hosted service ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="111"/>
        <source>Service: the built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="158"/>
        <source>Starting the built-in service… You can already type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="160"/>
        <source>Connected. Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="162"/>
        <source>Not connected to the service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="179"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="183"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="186"/>
        <source>The station is still connecting to the service: wait a moment, then press Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="191"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="203"/>
        <source>The user name or password is not right. Check them (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../dialogs/sign_in.py" line="206"/>
        <source>If they are right, the station&apos;s client id or secret may be wrong: ask your administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../app.py" line="308"/>
        <source>Camera chosen at start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="332"/>
        <source>You are signed out. The next operator can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="342"/>
        <source>The station locked itself after {0} minute(s) without use. Sign in to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="424"/>
        <source>The built-in service stopped answering; the station is restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="430"/>
        <source>The FaceCheck service does not answer. Check the network; the station keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="438"/>
        <source>The built-in service was restarted. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="441"/>
        <source>The built-in service was restarted and is working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="457"/>
        <source>Your session has ended. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="470"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="471"/>
        <source>Type the admin PIN to close the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app.py" line="483"/>
        <source>That PIN is not right; the station stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../panels/verify.py" line="344"/>
        <source>Against a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="346"/>
        <source>Check that the person is who their member or employee number says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="347"/>
        <source>Against a ph&amp;oto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="349"/>
        <source>Compare the person with a photo, for example the one on their ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="350"/>
        <source>Against a l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="351"/>
        <source>Find out who on a list this person is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="352"/>
        <source>Person&apos;s &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="353"/>
        <source>Type or scan the number, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="354"/>
        <source>Look &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="355"/>
        <source>C&amp;hoose photo file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="356"/>
        <source>A scan or photo of the ID document, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="357"/>
        <source>Use the ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="359"/>
        <source>Hold the ID document&apos;s photo up to the camera; it becomes the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="360"/>
        <source>List to check a&amp;gainst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="361"/>
        <source>Choose a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="362"/>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="363"/>
        <source>Verify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="512"/>
        <source>Type or scan the person&apos;s number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="524"/>
        <location filename="../panels/verify.py" line="916"/>
        <source>Looking up the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="535"/>
        <location filename="../panels/verify.py" line="821"/>
        <source>No person with number {0}. Check the number, or enrol the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="559"/>
        <source>Expected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="568"/>
        <location filename="../panels/verify.py" line="659"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="574"/>
        <source>Expected person, number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="576"/>
        <source>This record is switched off: the check will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="587"/>
        <source>Choose the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="591"/>
        <source>Photos (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="591"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="618"/>
        <source>Reading the reference photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="619"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="628"/>
        <source>This file cannot be used as a photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="630"/>
        <source>The file cannot be opened. Check that it is still there, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="665"/>
        <source>Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="667"/>
        <source>No reference photo yet: choose a file, or take it with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="669"/>
        <source>Reference photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="671"/>
        <source>Reference photo taken with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="700"/>
        <source>{0} (1 person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="702"/>
        <source>{0} ({1} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="713"/>
        <source>There are no lists yet. Create one on the Lists page and add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="776"/>
        <source>Checking the face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="830"/>
        <source>The list “{0}” no longer exists. Choose another list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="898"/>
        <source>Compare the two photos, then confirm or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="899"/>
        <source>Press “Next person” when you are done, or wait: the result clears by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="901"/>
        <source>Checking the face… The camera keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="903"/>
        <source>The check did not work. See below, then press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="905"/>
        <source>The check was cancelled. Press “Try again”, or retake the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="908"/>
        <source>Checking the photo file: it is taken by itself when the face is clear, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="911"/>
        <source>Ask the person to look at the camera. The photo is taken by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="913"/>
        <source>No camera: load the person&apos;s photo with “Load photo from file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="919"/>
        <source>Photo taken. Now type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="920"/>
        <source>Type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="924"/>
        <source>First the reference: hold the ID document&apos;s photo up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="927"/>
        <source>Photo taken. Now choose the reference photo: a file, or with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="928"/>
        <source>First choose the reference photo (for example from the ID document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="932"/>
        <source>There is no list to check against yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../panels/verify.py" line="933"/>
        <source>Choose the list to check against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../panels/lists.py" line="183"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
