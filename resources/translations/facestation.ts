<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="290"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="291"/>
        <source>The service did not accept the sign-in: the user name or password is not right, or the session has ended. Check the user name and password (they are case-sensitive) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="295"/>
        <source>Hourly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="296"/>
        <source>This station has used all the calls it may make this hour. Try again in {0} minute(s); if this happens often, ask your administrator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="301"/>
        <source>Too many wrong sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="302"/>
        <source>The service refuses sign-ins from this computer for {0} minute(s) after too many wrong user names or passwords. Wait, then sign in with the right password; if you do not know it, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="306"/>
        <source>No credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="307"/>
        <source>The FaceCheck account has no identification credits left. Ask your administrator to add credits; enrolling and editing records still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="47"/>
        <location filename="../../facestation/station/ui/ops.py" line="311"/>
        <source>Please check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="312"/>
        <source>The service did not accept the data: {0}. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="315"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="316"/>
        <source>That person or list does not exist (any more). Search again and choose it from the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="319"/>
        <source> (reference {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="320"/>
        <source>The service had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="321"/>
        <source>The face service failed while doing this{0}. Try again in a moment; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="325"/>
        <source>The built-in service on this computer is not answering. The station is restarting it: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="328"/>
        <source>The station cannot reach the FaceCheck service. Check that this computer is connected to the network (cable or Wi-Fi); the station keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="330"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="332"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="333"/>
        <source>The face service took too long to answer. Try again; if the network is slow, wait a moment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="336"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="337"/>
        <source>This service does not offer this feature. The built-in service has it; the hosted service does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="340"/>
        <location filename="../../facestation/station/ui/ops.py" line="346"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="341"/>
        <source>The face service reported a problem: {0}. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="21"/>
        <source>Setup did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="22"/>
        <source>The station could not create its accounts: {0} Fix this and press the button again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="27"/>
        <source>The built-in service did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="28"/>
        <source>{0} Close the station and open it again; if it keeps happening, send the log to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="33"/>
        <source>Camera problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="34"/>
        <source>{0} Check that the camera is plugged in and not used by another program, or use a photo or video file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="39"/>
        <source>The system keyring is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/error_texts.py" line="40"/>
        <source>The station could not read its saved credentials because the system keyring did not answer. Nothing was lost: wait a moment and try again, or restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="345"/>
        <source> The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="347"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="191"/>
        <source>Photo or video file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="211"/>
        <source>Camera chosen at start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="213"/>
        <source>Showing the file {0} instead of a camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="219"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="224"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="228"/>
        <location filename="../../facestation/station/core/camera/choice.py" line="230"/>
        <source>Camera: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="221"/>
        <source>Camera: {0} (the camera chosen in the settings is not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="228"/>
        <source>camera number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="232"/>
        <source>Camera: the first camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/choice.py" line="238"/>
        <source>Photo or video: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="105"/>
        <source>Add people to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="106"/>
        <source>Add people to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="108"/>
        <source>Type part of the person&apos;s name or their member number and press Search. Tap everyone to add, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="110"/>
        <source>&amp;Name or member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="111"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="113"/>
        <source>This service cannot search by name: type the person&apos;s exact member number (or their record id) and press Find, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="115"/>
        <source>Exact member &amp;number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="116"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="117"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="144"/>
        <source>Type the person&apos;s member number or record id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="149"/>
        <source>Looking for the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="160"/>
        <source>{0}   (already in this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="179"/>
        <source>Nobody found. Check the spelling, or try part of the name or the member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="181"/>
        <source>Nobody has this member number or record id. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="183"/>
        <source>The first {0} of {1} found: type more of the name to find the person faster. {2} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="186"/>
        <source>{0} found, {1} chosen. Tap a person to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="197"/>
        <source>Choose at least one person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="200"/>
        <source>Adding to the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/add_people.py" line="221"/>
        <source>This list or person no longer exists. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="238"/>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="239"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="241"/>
        <source>Who did what at this station, newest first. People appear only by their record number: the audit trail keeps no names and no photos. Choose filters to narrow the list; export it to hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="243"/>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="243"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="247"/>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="248"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="252"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="253"/>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="254"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="255"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="256"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="256"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="257"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="258"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="259"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="286"/>
        <source>Station locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="287"/>
        <source>Enrolled a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="287"/>
        <source>Changed a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="288"/>
        <source>Deleted a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="288"/>
        <source>Checked a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="289"/>
        <source>Reviewed a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="289"/>
        <source>Created a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="290"/>
        <source>Changed a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="290"/>
        <source>Deleted a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="291"/>
        <source>Added to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="291"/>
        <source>Removed from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="292"/>
        <source>Changed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="292"/>
        <source>Discarded a pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="293"/>
        <source>Sent a pending change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="294"/>
        <source>Tested the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="302"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="302"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="307"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="308"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="318"/>
        <source>confidence {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="320"/>
        <source>reason: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="322"/>
        <source>consent obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="322"/>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="324"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="370"/>
        <source>Reading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="389"/>
        <source>The audit trail could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="405"/>
        <source>list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="419"/>
        <source>No entries match these filters. Press Clear filters to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="420"/>
        <source>No entries yet: actions at this station appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="422"/>
        <source>Showing the newest {0} entries. Narrow the filters to see older ones; the export includes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="425"/>
        <source>Showing {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="426"/>
        <source>Showing 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="439"/>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="449"/>
        <source>The audit trail is intact: all {0} entries are as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="450"/>
        <source>The audit trail is empty and intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="457"/>
        <source> (written {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="459"/>
        <source>Entry {0}{1} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="460"/>
        <source>Entry {0}{1} was removed from the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="461"/>
        <source>Entry {0}{1} is out of place: an entry was inserted, moved or replaced before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="463"/>
        <source>Entry {0}{1} was edited by hand and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="464"/>
        <source>The last entries, from entry {0}{1} on, were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="465"/>
        <source>Entry {0}{1} and the ones after it were added outside the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="466"/>
        <source>Entry {0}{1} is not as it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="467"/>
        <source> The {0} entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="468"/>
        <source> The entry before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="470"/>
        <source>The audit trail is not intact. {0}{1} Keep this station&apos;s files as they are and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="483"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="487"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="487"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="492"/>
        <source>audit-trail-{0}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="510"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="514"/>
        <source>Saved {0} entries to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="515"/>
        <source>Saved 1 entry to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/audit_viewer.py" line="523"/>
        <source>The audit trail was not saved to {0}: {1}. Choose another folder (for example Documents) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../facestation/station/ui/ops.py" line="378"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraChoice</name>
    <message>
        <location filename="../../facestation/station/ui/camera/choice.py" line="100"/>
        <source>The camera did not respond in time. Try again, or restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="146"/>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="148"/>
        <source>Live picture from the camera with a guide showing where the head should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="274"/>
        <source>No camera found.
Connect a USB camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="524"/>
        <source>Eyes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/camera_view.py" line="579"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="238"/>
        <source>Take photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="239"/>
        <source>Take the photo now, even if some checks are not green (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="240"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="241"/>
        <source>Throw this photo away and take a new one (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="242"/>
        <source>Load photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="243"/>
        <source>Use a photo file instead of the camera; it is checked the same way (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="244"/>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="326"/>
        <source>Choose a photo of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="357"/>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="391"/>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="391"/>
        <source>This photo cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="398"/>
        <source>The video has ended. Load another file, or choose a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/capture_panel.py" line="408"/>
        <source>The camera is off.
Choose a camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturedPhotoCard</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="90"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="123"/>
        <source>No photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="126"/>
        <source>Taken automatically when every check is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="128"/>
        <source>Press “Take photo now” when every check is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="131"/>
        <source>No photo taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="136"/>
        <source>✓ Passes every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="140"/>
        <source>✗ Does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="142"/>
        <source>Not passed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="145"/>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/captured_photo_card.py" line="145"/>
        <source>Taken automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="249"/>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="250"/>
        <source>Correct and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="254"/>
        <source>Send it &amp;without the lists (add the person to lists later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="256"/>
        <source>C&amp;hoose another photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="258"/>
        <source>The new photo is sent instead of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="259"/>
        <source>The photo kept for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="260"/>
        <source>The server could not use this photo: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="262"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="263"/>
        <source>List &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="263"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="266"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="267"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="268"/>
        <source>&amp;Save and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="274"/>
        <source>Choose another photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="296"/>
        <source>Reading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="312"/>
        <source>“{0}” cannot be used as a photo: {1}. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="360"/>
        <source>A queued enrolment needs a member / employee number. Type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="363"/>
        <source>The server could not use the photo: choose another photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_editor.py" line="369"/>
        <source>Type the list&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="99"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="100"/>
        <source>Already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="102"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="103"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="104"/>
        <source>Member / employee no.: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="105"/>
        <source>No member / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="106"/>
        <source>In: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="109"/>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="109"/>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="110"/>
        <source>{0} ({1} % alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="111"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="181"/>
        <source>Already enrolled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="183"/>
        <source>This person may already be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="185"/>
        <source>This person may already be enrolled ({0} possible matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="188"/>
        <source>Compare the photos. If it is the same person, press Cancel: nothing is saved, and you can find them on the Records page. If it is someone else, press Enrol anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="190"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/duplicates.py" line="191"/>
        <source>&amp;Enrol anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="251"/>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="252"/>
        <source>Possible duplicates in “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="254"/>
        <source>A possible duplicate is two people in this list whose faces look so alike that they may be one person enrolled twice. Open both records: if they are one person, delete the extra record (or move its details into the other first). If they are two people, press Not the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="257"/>
        <source>No one in this list looks enrolled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="258"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="266"/>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="286"/>
        <source>Looking for people enrolled twice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="270"/>
        <source>The {0} most likely of {1} pairs, most likely first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="273"/>
        <source>1 pair to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="275"/>
        <source>{0} pairs to look at, most likely first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="290"/>
        <source>This service cannot look for people enrolled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="305"/>
        <source>The possible duplicates could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="352"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="374"/>
        <source>Not saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="211"/>
        <source>Enrol a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="212"/>
        <source>Take the photo, type the details, press Enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="213"/>
        <source>Retake the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="215"/>
        <source>The person a&amp;grees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="216"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="217"/>
        <source>Save this person with the photo and the details (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="221"/>
        <source>Lists this person joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="223"/>
        <source>Move with the arrow keys; Space ticks or unticks the list shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="254"/>
        <source>Enrolling… Wait a moment, or press Cancel at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="256"/>
        <source>The person follows the instructions on the screen; then check the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="258"/>
        <source>Ask the person to try again, or retake the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="260"/>
        <source>First take the photo (automatic when every check is green), or load one from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="262"/>
        <source>First take the photo (press Take photo now when every check is green), or load one from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="265"/>
        <source>Check the details, then press Enrol (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="319"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="330"/>
        <source>Take the photo first: look at the camera until every check is green, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="334"/>
        <source>A live person is not confirmed yet: the person follows the instructions on the screen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="340"/>
        <source>Read the sentence to the person; tick the box once they agree. Without their consent they cannot be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="367"/>
        <source>Checking whether {0} is already enrolled, then enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="368"/>
        <source>Enrolling {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="392"/>
        <source>Stopped. {0} IS enrolled, but may not be in every ticked list: check on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="396"/>
        <source>Stopped. {0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="400"/>
        <source>Stopped. Nothing was saved; press Enrol to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="414"/>
        <source>{0} is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="418"/>
        <source>There are no lists yet, so the station did not check whether this person was already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="421"/>
        <source>The check for people already enrolled was skipped: the account has no identification credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="424"/>
        <source>The check for people already enrolled was skipped: this service does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="428"/>
        <source>No connection: adding {0} to the list “{1}” is kept on this station and done as soon as the service answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="433"/>
        <source>{0} IS enrolled, but adding them to the list “{1}” did not work: {2} Add them to it on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="454"/>
        <source>{0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="473"/>
        <source>Keeping the enrolment on this station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="492"/>
        <source>No connection: {0} is saved on this station and will be enrolled as soon as the service answers again (number {1}). The duplicate check will not run for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="502"/>
        <source>No connection, and {0} could not be kept on this station either: {1} Press Enrol again when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="521"/>
        <source>The service did not accept the details: {0}. Correct them and press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="530"/>
        <source>The service found no face in this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="531"/>
        <source>The face is too small in this photo: the person should come closer to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="533"/>
        <source>There is more than one face in this photo: only the person to enrol may be in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="535"/>
        <source>This photo is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="537"/>
        <source>The service could not read this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="538"/>
        <source>{0} Press “Retake the photo” and take a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/panel.py" line="584"/>
        <source>Not enrolled. If it is the same person, find them on the Records page; if not, press Enrol and choose “Enrol anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="55"/>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="98"/>
        <source>Could not confirm a live person: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="105"/>
        <source>Live person not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="106"/>
        <source>{0} Enrol only if you have checked the person yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="109"/>
        <source>Could not confirm a live person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/enrol/liveness.py" line="110"/>
        <source>{0} Retake the photo to start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="135"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="138"/>
        <source>The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="140"/>
        <location filename="../../facestation/station/ui/app.py" line="142"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="309"/>
        <source>FaceStation: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="310"/>
        <source>Welcome to FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="312"/>
        <source>First, choose where this station checks faces. If you are not sure, choose the first option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="314"/>
        <source>Built-in local service (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="315"/>
        <source>Everything stays on this computer. No account and no internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="317"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="318"/>
        <source>Use a FaceCheck account over the internet. You need the client id and client secret that FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="320"/>
        <source>Click one of the two options to continue. You can change this later in the settings, with the admin PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="322"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="324"/>
        <source>Create the first operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="326"/>
        <source>Operators sign in to use the station. Choose a user name and a password for the person who works at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="328"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="329"/>
        <source>for example: reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="330"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="331"/>
        <source>at least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="332"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="333"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="350"/>
        <source>&amp;Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="334"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="351"/>
        <source>at least {0} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="335"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="352"/>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="336"/>
        <source>The admin PIN protects the settings and leaving full-screen mode. Choose at least {0} digits and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="340"/>
        <source>Next: the station prepares its built-in service (about a minute at most), then you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="341"/>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="356"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="342"/>
        <source>Set up the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="344"/>
        <source>Connect to FaceCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="346"/>
        <source>Type the details FaceCheck gave you. If you do not have them, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="347"/>
        <source>Service &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="348"/>
        <source>&amp;Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="349"/>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="355"/>
        <source>Next: you sign in with your FaceCheck operator account; the station checks these details then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="357"/>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="359"/>
        <source>The station is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="360"/>
        <source>Test the camera?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="362"/>
        <source>Ask someone to sit where people will stand: in 15 seconds the station checks the light, the sharpness and where people should stand. You can also do it later in Settings → Camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="364"/>
        <source>&amp;Test the camera now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="365"/>
        <source>Later: continue to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="366"/>
        <source>Continue to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="387"/>
        <source>The built-in service is running on this computer.

Next: sign in with the operator account you just created ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="391"/>
        <source>The station will use the FaceCheck service at {0}.

Next: sign in with your FaceCheck operator user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="394"/>
        <source>Warning: this computer has no secure password store (OS keyring), so the station keeps its secret in an encrypted file instead:
{0}
Anyone who can use this computer account could read it. Ask your administrator whether to set up a keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="443"/>
        <source>The admin PIN needs at least {0} digits (numbers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="445"/>
        <source>The two PINs are not the same: type the PIN again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="454"/>
        <source>Type a user name for the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="455"/>
        <source>The user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="456"/>
        <source>The password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="458"/>
        <source>The two passwords are not the same: type the password again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="468"/>
        <source>Setting up the built-in service… this takes up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="476"/>
        <source>The service address must start with https:// (for example {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="479"/>
        <source>{0} is not encrypted: the client secret, passwords and photos would travel in clear. Use an https:// address (http:// is only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="488"/>
        <source>Type the client id FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="490"/>
        <source>Type the client secret FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/first_run.py" line="501"/>
        <source>Saving the connection details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="36"/>
        <source>Look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="37"/>
        <source>Only one person in view, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="38"/>
        <source>Come closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="39"/>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="40"/>
        <source>Move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="41"/>
        <source>Move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="42"/>
        <source>Move up a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="43"/>
        <source>Move down a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="44"/>
        <source>Turn your head slightly to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="45"/>
        <source>Turn your head slightly to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="46"/>
        <source>Lower your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="47"/>
        <source>Raise your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="48"/>
        <source>Keep your head straight, don&apos;t tilt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="49"/>
        <source>Open your eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="50"/>
        <source>Close your mouth, neutral expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="51"/>
        <source>Too dark: add light in front of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="52"/>
        <source>Too bright: reduce the light on your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="53"/>
        <source>The light behind you is too strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="54"/>
        <source>Light your face evenly from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="55"/>
        <source>Red eyes: turn off the flash and retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="56"/>
        <source>A plain background is needed behind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="57"/>
        <source>Hold still, the image is blurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="60"/>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceBanner</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="177"/>
        <source>Instructions for the person being photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="254"/>
        <source>Ready: press Take photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="284"/>
        <source>Photo taken. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/guidance_banner.py" line="286"/>
        <source>Photo taken, but it does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="298"/>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="341"/>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="300"/>
        <source>Add many people at once from a spreadsheet saved as CSV and a folder with their photos. Every photo gets the same checks as on the Enrol page; people already stored are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="302"/>
        <source>&amp;People file (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="303"/>
        <source>Choose the CSV file with one line per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="304"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="305"/>
        <source>Ph&amp;oto folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="306"/>
        <source>Choose the folder with the photos named in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="307"/>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="308"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="309"/>
        <source>No list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="311"/>
        <source>People whose line names no list go to this list. Type a new name to make a new list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="313"/>
        <source>The first line of the file names the columns: name, surname1, surname2, externalIdentifier, photo, list. The photo column holds the photo&apos;s file name in the photo folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="315"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="316"/>
        <source>&amp;Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="318"/>
        <source>You can keep this window open or stop the import. People already imported stay; starting the same file again goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="320"/>
        <source>S&amp;top import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="321"/>
        <source>Why not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="322"/>
        <source>&amp;Import again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="323"/>
        <source>&amp;Save the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="324"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="343"/>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="344"/>
        <source>Importing people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="346"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="348"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="380"/>
        <source>Choose the people file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="382"/>
        <source>CSV files (*.csv *.CSV *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="382"/>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="625"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="390"/>
        <source>Choose the photo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="429"/>
        <source>Choose the people file first (Choose file…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="432"/>
        <source>Choose the folder with the photos (Choose folder…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="456"/>
        <source>The photo folder {0} was not found. Choose the folder that holds the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="506"/>
        <source>%v of %m people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="508"/>
        <source>{0} imported · {1} already there · {2} failed the photo checks · {3} could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="511"/>
        <source>Stopping: the people being sent now are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="513"/>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="515"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="520"/>
        <source>About {0} minute(s) left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="525"/>
        <source>This station has used all the calls it may make this hour. The import waits and goes on by itself in about {0} minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="572"/>
        <source>{0} of {1} people imported, {2} were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="576"/>
        <source>{0} could not be imported: see below, correct them and import the same file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="582"/>
        <source>You stopped the import: {0} people were not started. Start the same file again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="588"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="588"/>
        <source>Everyone in the file is now stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="596"/>
        <source>Photo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="621"/>
        <source>Save the import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="625"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="646"/>
        <source>Saving the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="651"/>
        <source>The result was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/import_people.py" line="659"/>
        <source>The result was not saved: {0}. Choose another folder (for example Documents) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDetailsDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="159"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="160"/>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="161"/>
        <source>Give the list a name people will recognise, for example “Pool members” or “Staff”. Then add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="163"/>
        <source>Create list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="165"/>
        <source>Rename or describe a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="166"/>
        <source>Rename or describe “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="167"/>
        <source>Change the name or the description, then press Save. The people in the list stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="169"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="170"/>
        <source>List &amp;name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="171"/>
        <source>&amp;Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="172"/>
        <source>What the list is for, e.g. “Members who may use the pool”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="189"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="221"/>
        <source>Type a name for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="194"/>
        <source>Creating the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="200"/>
        <source>Saving the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="218"/>
        <source>Another list is already called “{0}”. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="223"/>
        <source>This list was deleted in the meantime. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="316"/>
        <source>List to check a&amp;gainst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="317"/>
        <source>Choose a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="336"/>
        <source>{0} (1 person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="338"/>
        <source>{0} ({1} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="348"/>
        <source>There are no lists yet. Create one on the Lists page and add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="201"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="202"/>
        <source>A list is a group of people, for example your pool members. Verify can check whether a visitor is in a list. Choose a list to see who is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="205"/>
        <source>This service cannot list its lists: shown are the lists this station created or opened, and the people this station added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="207"/>
        <source>&amp;Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="208"/>
        <source>Your lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="209"/>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="210"/>
        <source>Rename / descr&amp;ibe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="211"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="212"/>
        <source>S&amp;how more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="213"/>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="214"/>
        <source>Take the chosen people out of this list. They stay enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="215"/>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="223"/>
        <source>waiting to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="225"/>
        <source>change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="232"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="233"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="233"/>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="270"/>
        <source>Loading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="300"/>
        <source>No connection: the lists are shown as they were last loaded. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="306"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="316"/>
        <source>No lists yet. Press New list… to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="318"/>
        <source>No lists yet on this station. Press New list…, or open a list made elsewhere with Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="362"/>
        <source>The list “{0}” was made. Now add people with Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="365"/>
        <source>The list “{0}” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="387"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="430"/>
        <source>Delete a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="431"/>
        <source>Delete the list “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="433"/>
        <source>The people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="434"/>
        <source>The person in it stays enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="435"/>
        <source>The {0} people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="436"/>
        <source>{0}: only the list goes. Verify can no longer check against this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="438"/>
        <source>Delete the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="439"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="459"/>
        <source>Deleting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="466"/>
        <source>The list was not deleted. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="476"/>
        <source>The list “{0}” was deleted. The people in it are still enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="496"/>
        <source>The list “{0}” is now shown on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="544"/>
        <source>Loading the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="556"/>
        <source>No connection: the members cannot be loaded now. Changes you make are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="560"/>
        <source>The members could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="592"/>
        <source>{0}   (waiting to be added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="578"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="580"/>
        <source>Choose a list on the left to see who is in it, or make a new one with New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="583"/>
        <source>Members of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="598"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="600"/>
        <source>Nobody is in this list yet. Press Add person… to add someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="603"/>
        <source>Showing {0} of {1} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="605"/>
        <source>{0} in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="607"/>
        <source>Only the people added at this station are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="608"/>
        <source>Tap people to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="645"/>
        <source>1 person was added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="646"/>
        <source>{1} people were added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="660"/>
        <source>Removing from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="672"/>
        <source>{0} was taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="675"/>
        <source>{0} people were taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/panel.py" line="684"/>
        <source>People cannot be taken out of a list on this service. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="35"/>
        <source>About 1 in {0} strangers would be matched to someone in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="36"/>
        <source>About every second stranger would be matched to someone in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="37"/>
        <source>Fewer than 1 in a million strangers would be matched to someone in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="39"/>
        <source>So a match here needs a confidence of {0} or more ({1} elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="40"/>
        <source>(Estimated from reference photos until the list has more members.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="42"/>
        <source>Very likely the same person (confidence {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/lists/calibration_words.py" line="43"/>
        <source>Possibly the same person (confidence {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="88"/>
        <source>How likely a stranger is matched in this list cannot be shown right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="94"/>
        <source>A stranger is someone who is not in the list. The station works this out from the faces in the list and the confidence a match needs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="98"/>
        <source>Possible &amp;duplicates ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/report_line.py" line="100"/>
        <source>People in this list whose faces look alike enough to be one person enrolled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="50"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="52"/>
        <source>{0}   ·   No. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/common.py" line="54"/>
        <source>{0}   (switched off: not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Liveness</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="34"/>
        <source>Blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="36"/>
        <source>Turn your head to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="38"/>
        <source>Turn your head to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="39"/>
        <source>Well done. Look at the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="44"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="49"/>
        <source>Live person: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="55"/>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="56"/>
        <source>{0} · {1} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="62"/>
        <source>No answer to the prompt in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="63"/>
        <source>The head turned like a flat picture (a photo or a screen?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="65"/>
        <source>Turned the other way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="66"/>
        <source>The face left the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="67"/>
        <source>A different face at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="68"/>
        <source>Looks like a phone, tablet or printed photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/liveness_prompt.py" line="69"/>
        <source>The check was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="206"/>
        <location filename="../../facestation/station/ui/main_window.py" line="207"/>
        <source>FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="208"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="209"/>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="217"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="218"/>
        <source>Sign out and clear this operator&apos;s data from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="219"/>
        <source>Activit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="220"/>
        <source>Who did what at this station, and when (admin PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="221"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="223"/>
        <source>Calls this hour: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="361"/>
        <source>Camera: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="225"/>
        <source>The camera starts with the Enrol and Verify screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="211"/>
        <source>Add a new person with their photo (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="212"/>
        <source>Check that the person in front of the camera is who they say (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="213"/>
        <source>Find, correct or delete the people already enrolled (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="214"/>
        <source>Groups of people, such as members or staff (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="222"/>
        <source>Server, camera, photo checks, times, appearance and accessibility (admin PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="300"/>
        <source>Built-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="300"/>
        <source>FaceCheck service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="303"/>
        <source>● {0}: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="305"/>
        <source>● {0}: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="307"/>
        <source>● {0}: restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="309"/>
        <source>● {0}: no connection, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="321"/>
        <source>Operator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="321"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="323"/>
        <source>Signed in as
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="331"/>
        <source>Sign-in renews itself at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="332"/>
        <source>Sign-in renews at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="333"/>
        <source>The sign-in (access token) is valid until {0}; the station renews it by itself while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="348"/>
        <source>{0} of {1} calls used in the last hour; {2} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="351"/>
        <source>The next call is possible in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="361"/>
        <source>Camera: {0:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="370"/>
        <source>Pending: {0} · needs attention: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="371"/>
        <source>Pending: {0} · ⚠ {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="373"/>
        <source>Pending: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/main_window.py" line="376"/>
        <source>Changes kept on this station until the service answers; they are sent by themselves. Click to see them, and to correct those the service refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModeSwitch</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="101"/>
        <source>Against a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="103"/>
        <source>Check that the person is who their member or employee number says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="104"/>
        <source>Against a ph&amp;oto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="106"/>
        <source>Compare the person with a photo, for example the one on their ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="107"/>
        <source>Against a l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="108"/>
        <source>Find out who on a list this person is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <location filename="../../facestation/station/ui/offline.py" line="107"/>
        <source>Unsent enrolments are kept safe but cannot be opened until the system keyring answers; until then changes go straight to the server. Restart the station or sign in again if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenListDialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="256"/>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="257"/>
        <source>Open a list by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="258"/>
        <source>A list made elsewhere (another station, the service&apos;s web portal) appears here once you open it by its id. Ask whoever made it for the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="260"/>
        <source>List &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="261"/>
        <source>e.g. 3f2b8c1e-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="262"/>
        <source>Open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="274"/>
        <source>Type or paste the list&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="277"/>
        <source>Opening the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="285"/>
        <source>The service has no list with this id. Check the id and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="161"/>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="163"/>
        <source>They are two different people: this pair is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="259"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="260"/>
        <source>Changes kept on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="262"/>
        <source>When the server cannot be reached, enrolments and other changes wait here and are sent by themselves, in order, as soon as it answers again. Changes the server refused wait under “Needs attention” for you to correct or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="268"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="269"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="266"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="267"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="268"/>
        <source>Why it was refused and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="270"/>
        <source>Nothing is waiting: everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="271"/>
        <source>Nothing needs attention: the server accepted every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="272"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="273"/>
        <source>&amp;Correct and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="274"/>
        <source>Send &amp;again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="275"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="276"/>
        <source>Choose a change in the list, then what to do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="277"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="283"/>
        <source>&amp;Waiting to be sent ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="285"/>
        <source>Needs a&amp;ttention ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="305"/>
        <source>The queue of changes is not open: sign in to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="329"/>
        <source>The queue of changes could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="365"/>
        <source>The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="409"/>
        <source>Sending is not possible now: the station is not signed in to a server. The changes stay here and are sent after the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="414"/>
        <source>The server cannot be reached now. The station keeps trying by itself; “Send now” tries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="417"/>
        <source>These changes are sent by themselves; “Send now” sends them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="426"/>
        <source>Nothing in this change can be corrected here: send it again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="455"/>
        <source>Sending the waiting changes… They leave this list as the server takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="485"/>
        <source>Corrected. It is being sent again and leaves this list once the server takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="495"/>
        <source>It is being sent again. If the server refuses it again it comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="503"/>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="504"/>
        <source>Discard “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="507"/>
        <source>{0} This cannot be undone. The activity log records that you discarded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="509"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="511"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="530"/>
        <source>Discarded. It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending.py" line="561"/>
        <source>That did not work: {0} Close this window and open it again; if it keeps failing, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingWords</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="49"/>
        <source>Enrol {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="50"/>
        <source>Update {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="51"/>
        <source>Delete the record of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="52"/>
        <source>Create the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="53"/>
        <source>Rename a list to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="54"/>
        <source>Delete the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="55"/>
        <source>Add {0} to the list “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="56"/>
        <source>Remove {0} from the list “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="66"/>
        <source>Today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="68"/>
        <source>Yesterday {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="72"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="83"/>
        <source>The server refused this change: {0} Correct it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="85"/>
        <source>The server refused this change: {0} Correct it and send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="87"/>
        <source>The server refused this change. Send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="92"/>
        <source>No face was found in the photo. Press “Correct and send again…” and choose another photo in which the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="94"/>
        <source>No face was found in the photo. Choose another photo in which the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="97"/>
        <source>The photo shows more than one face. Press “Correct and send again…” and choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="99"/>
        <source>The photo shows more than one face. Choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="101"/>
        <source>The face in the photo is too small. Press “Correct and send again…” and choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="103"/>
        <source>The face in the photo is too small. Choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="105"/>
        <source>The photo could not be used. Press “Correct and send again…” and choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="107"/>
        <source>The server could not use the photo. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="109"/>
        <source>Someone else already has this member / employee number. Press “Correct and send again…” and check the number; if this person is already enrolled, discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="112"/>
        <source>Someone else already has this member / employee number. Check the number and correct it; if this person is already enrolled, cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="115"/>
        <source>A list this person should join no longer exists. Press “Correct and send again…” to send it without that list (add the person to lists later on the Lists page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="117"/>
        <source>A list this person should join no longer exists. It is sent without the lists: add the person to lists later on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="120"/>
        <source>The list this change is about no longer exists. Discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="121"/>
        <source>The list this change is about no longer exists. Cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="123"/>
        <source>The person this change is about is no longer on the server (deleted, or their enrolment was discarded). Discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="125"/>
        <source>The person this change is about is no longer on the server. Cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="128"/>
        <source>A list with this name already exists. Press “Correct and send again…” and choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="130"/>
        <source>A list with this name already exists. Type another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="132"/>
        <source>A name is missing. Press “Correct and send again…” and fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="133"/>
        <source>A name is missing. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="141"/>
        <source>{0} will not be enrolled, and the photo and details kept for them on this station are deleted. Changes queued after this one for this person will need attention too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="145"/>
        <source>The changes to {0}&apos;s record will not be made; the server keeps the record as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="148"/>
        <source>The record will not be deleted: it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="149"/>
        <source>The list will not be created. Changes queued after this one for this list will need attention too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="151"/>
        <source>The list keeps its old name and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="152"/>
        <source>The list will not be deleted: it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="153"/>
        <source>The person will not be added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="154"/>
        <source>The person stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pending_words.py" line="156"/>
        <source>This change will not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonActions</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="107"/>
        <source>No connection, and the change could not be kept on this station either: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="119"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="149"/>
        <source>{0} is recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="150"/>
        <source>{0} is turned off: the record stays, but they are not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="153"/>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="153"/>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="176"/>
        <source>Loading the person&apos;s lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="214"/>
        <source>The changes to {0} are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="225"/>
        <source>Keeping the change on this station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="228"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="261"/>
        <source>Changing the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="265"/>
        <source>This service cannot take a person out of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="267"/>
        <source>The details are saved, but the lists were not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="300"/>
        <source>Choose the new photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="317"/>
        <source>Reading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="324"/>
        <source>“{0}” cannot be used: {1}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="343"/>
        <source>Checking and saving the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="344"/>
        <source>The new photo of {0} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="368"/>
        <source> (number {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="370"/>
        <source>Delete this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="371"/>
        <source>Delete {0}{1} with their photo and attached file? They will no longer be recognised. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="373"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="373"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="388"/>
        <source>{0} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="395"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="405"/>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="424"/>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="427"/>
        <source>The file could not be saved in {0}: {1}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="432"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="450"/>
        <source>The file could not be opened: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="453"/>
        <source>No program on this computer opens “{0}”. Use Save file… and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_actions.py" line="458"/>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="109"/>
        <source>This record cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="110"/>
        <source>Loading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="111"/>
        <source>(not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="113"/>
        <source>Open the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="117"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="118"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="120"/>
        <source>No. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="121"/>
        <source>No member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="122"/>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/duplicates.py" line="123"/>
        <source>Show {0} on the Records page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="194"/>
        <source>First n&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="194"/>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="195"/>
        <source>Se&amp;cond surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="195"/>
        <source>Mem&amp;ber / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="196"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="196"/>
        <source>L&amp;ists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="199"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="200"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="201"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="202"/>
        <source>Optional: type it or scan the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="203"/>
        <source>Attac&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="204"/>
        <source>Attach a file to this person, for example a signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="205"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="206"/>
        <source>Active (can be reco&amp;gnised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="207"/>
        <source>No lists yet. Create them on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="291"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="308"/>
        <source>“{0}” is too big ({1:.1f} MB). Attach a file of at most {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="314"/>
        <source>“{0}” cannot be read ({1}). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="334"/>
        <source>{0} ({1} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="336"/>
        <source>{0} (stored; attach another file to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="338"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="349"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="371"/>
        <source>Type the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="351"/>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="372"/>
        <source>Type the person&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="374"/>
        <source>Someone else already has this number. Check it, or find that person on the Records page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="375"/>
        <source>The attached file needs a name: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/person_form.py" line="377"/>
        <source>One of the ticked lists no longer exists. Untick it; the list of lists was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPane</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="168"/>
        <source>Search for a person, then choose them in the list to see their photo and details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="169"/>
        <source>Ed&amp;it details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="170"/>
        <source>Replace &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="171"/>
        <source>Choose a new photo file; the service checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="172"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="173"/>
        <source>Save file &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="174"/>
        <source>Save cha&amp;nges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="175"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="190"/>
        <source>No connection: deleting this person is kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="193"/>
        <source>Change waiting to be sent: the details shown are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="200"/>
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="201"/>
        <source>Recognise this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="203"/>
        <source>Turn o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="204"/>
        <source>Keep the record but stop recognising this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="210"/>
        <source>This person has no attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="213"/>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="219"/>
        <source>A program: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="219"/>
        <source>A script: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="220"/>
        <source>A shortcut: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="221"/>
        <source>A web page: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="222"/>
        <source>An office file: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="223"/>
        <source>An archive: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="224"/>
        <source>Not opened here: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="228"/>
        <source>This file is not what its name says, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="231"/>
        <source>FaceStation opens only PDF files, pictures and plain text, so it only saves this file. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="233"/>
        <source>This file type could run programs, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="238"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="251"/>
        <source>it is bigger than {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="252"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="257"/>
        <source>No face was found in this photo. Choose a photo where the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="259"/>
        <source>There is more than one face in this photo. Choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="261"/>
        <source>The face is too small in this photo. Choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="262"/>
        <source>This file is not a photo the service can read. Choose a JPEG or PNG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="264"/>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="266"/>
        <source>This photo is too large. Choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="265"/>
        <source>This photo could not be sent. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/person_pane.py" line="268"/>
        <source>The service did not accept this photo: {0}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="160"/>
        <source>Person&apos;s &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="161"/>
        <source>Type or scan the number, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="162"/>
        <source>Look &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="166"/>
        <source>No person with number {0}. Check the number, or enrol the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="179"/>
        <source>Expected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="185"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="187"/>
        <source>Expected person, number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="189"/>
        <source>This record is switched off: the check will not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/file_dialogs.py" line="14"/>
        <source>Photos (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/file_dialogs.py" line="15"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoRow</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="228"/>
        <source>C&amp;hoose photo file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="229"/>
        <source>A scan or photo of the ID document, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="230"/>
        <source>Use the ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="232"/>
        <source>Hold the ID document&apos;s photo up to the camera; it becomes the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="238"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="240"/>
        <source>Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="242"/>
        <source>No reference photo yet: choose a file, or take it with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="244"/>
        <source>Reference photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="246"/>
        <source>Reference photo taken with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="250"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="255"/>
        <source>This file cannot be used as a photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="257"/>
        <source>The file cannot be opened. Check that it is still there, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/targets.py" line="265"/>
        <source>Choose the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="31"/>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="40"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/pin.py" line="31"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="113"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="114"/>
        <source>The settings are for the administrator. Type the admin PIN to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="118"/>
        <source>Admin &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="119"/>
        <source>Do not know the PIN? Ask your administrator. Press Cancel to go back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="120"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="115"/>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="150"/>
        <source>Type the admin PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="155"/>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="173"/>
        <source>That PIN is not right. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="185"/>
        <source>That PIN is not right. Wait {0} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="187"/>
        <source>That PIN is not right. Wait {0} minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pin_gate.py" line="197"/>
        <source>You can type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBridge</name>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="290"/>
        <source>The camera is not running. Choose a camera or load a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="402"/>
        <source>Something went wrong while checking the picture; the camera keeps running. If this keeps happening, restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="417"/>
        <source>No face to photograph. Ask the person to look at the camera, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/pipeline_bridge.py" line="433"/>
        <source>The camera or file could not be opened. Choose another camera, or a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaChecklist</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="23"/>
        <source>Face at the right height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="24"/>
        <source>Face in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="25"/>
        <source>Good lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="26"/>
        <source>No red eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="27"/>
        <source>Right distance from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="28"/>
        <source>Only one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="29"/>
        <source>Looking straight ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="30"/>
        <source>Overall photo quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="63"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="65"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="67"/>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="100"/>
        <location filename="../../facestation/station/ui/widgets/qa_checklist.py" line="101"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCamera</name>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="119"/>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="318"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="214"/>
        <source>The camera chosen in the settings is not connected. Plug it in, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="266"/>
        <source>The camera “{0}” cannot be used{1}. Close other programs that may be using it (video calls, another station window), or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="276"/>
        <source>The camera “{0}” was unplugged. Plug it in again, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/camera/qt_camera.py" line="385"/>
        <source>{0} stopped sending pictures. Check its cable, close other programs that may be using it, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="87"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="87"/>
        <source>Surnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="88"/>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="88"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="89"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="89"/>
        <source>Main list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="90"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="94"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="121"/>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="125"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="122"/>
        <source>Active: can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="123"/>
        <source>Turned off: is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="128"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/record_view.py" line="138"/>
        <source>The photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="198"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="199"/>
        <source>Find a person to see their photo and details, correct them, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="200"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="201"/>
        <source>Name, member number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="202"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="203"/>
        <source>Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="205"/>
        <source>This service finds people only by their exact number or record id. Type or scan the whole number and press Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="207"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="208"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="210"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="314"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="327"/>
        <source>Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched on this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="345"/>
        <source>Loading more people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="350"/>
        <source>No connection: searching needs the service, so the list below may be out of date. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="363"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="363"/>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="382"/>
        <source>{0} (deletion waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="384"/>
        <source>{0} (change waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="393"/>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="393"/>
        <source>Type the whole number or record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="395"/>
        <source>Nobody found. Check the spelling, or search for part of the name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="396"/>
        <source>Nobody is enrolled yet. Enrol people on the Enrol page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="398"/>
        <source>Newest first: {0} of {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="400"/>
        <source>Showing {0} of {1} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="402"/>
        <source>{0} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="402"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="449"/>
        <source>Loading the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/records/panel.py" line="480"/>
        <source>This person was deleted meanwhile. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="274"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="276"/>
        <source>Compare the two photos (and the person&apos;s ID document if you can), then decide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="277"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="278"/>
        <source>Checked the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="278"/>
        <source>The enrolled photo is old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="279"/>
        <source>A different face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="279"/>
        <source>The person left before the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="286"/>
        <source>Choose or type a short reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="287"/>
        <source>&amp;Confirm: same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="288"/>
        <source>Re&amp;ject: not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="289"/>
        <source>Ne&amp;xt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="290"/>
        <source>Clear this result now and get ready for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="291"/>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="292"/>
        <source>A new check with new instructions, with the same photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="296"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="296"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="297"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="297"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="302"/>
        <source>This is the expected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="303"/>
        <source>The face matches the reference photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="304"/>
        <source>This person is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="307"/>
        <source>The faces are alike, but this list needs a closer match to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="308"/>
        <source>The faces are alike, but not enough to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="311"/>
        <source>This is not the expected person. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="313"/>
        <source>The face does not match the reference photo. Check the ID document by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="315"/>
        <source>Nobody on the list matches this face. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="322"/>
        <source>There is no clear face in the reference photo. Use a sharper photo of the ID document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="325"/>
        <source>No face was found in the photo. Ask the person to look at the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="327"/>
        <source>More than one face is in the photo. Make sure only this person is in front of the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="330"/>
        <source>This person&apos;s record is switched off, so they cannot be verified. Ask an administrator to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="333"/>
        <source>This person has no enrolled photo. Enrol a photo for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="335"/>
        <source>Nobody on this list can be checked yet. Add people to the list on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="338"/>
        <source>The comparison was not made ({0}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="339"/>
        <source>The comparison was not made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="447"/>
        <source>Confidence {0} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="577"/>
        <source>Waiting for your decision: confirm or reject above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="579"/>
        <source>Clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="599"/>
        <source>Reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="601"/>
        <source>Enrolled photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="602"/>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="678"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="605"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="616"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="630"/>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="633"/>
        <source>Number: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="638"/>
        <source>✓ You confirmed: same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="640"/>
        <source>✗ You rejected: not the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="642"/>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="656"/>
        <source>✓ Live person: confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="658"/>
        <source>⚠ Live person not confirmed: check the person yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="668"/>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="668"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="670"/>
        <source>Could not confirm a live person: try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="671"/>
        <source>Press Try again and follow the instructions on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="673"/>
        <source>Could not confirm a live person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/widgets/result_card.py" line="674"/>
        <source>Please ask at the desk for help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="29"/>
        <source>Picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="30"/>
        <source>Smooth video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="31"/>
        <source>Light on the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="32"/>
        <source>Light behind the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="33"/>
        <source>Grain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="34"/>
        <source>Sharpness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="35"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="36"/>
        <source>Where people stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="37"/>
        <source>Automatic photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="38"/>
        <source>Speed of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="115"/>
        <source>No face was seen: ask someone to sit in front of the camera, facing it, and run the test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="122"/>
        <source>The source delivered no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="130"/>
        <source>Pictures are {width}x{height} pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="132"/>
        <source>The camera delivers the {width}x{height} pixels asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="136"/>
        <source>The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} asked for. Choose a lower resolution in Settings → Camera, or a camera that supports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="140"/>
        <source>The camera delivers {width}x{height} pixels instead of the {asked_width}x{asked_height} asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="150"/>
        <source>The file plays at {delivered:.0f} frames per second (a camera is judged on what it delivers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="154"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}). Under {minimum:.0f} a moving face is hard to follow: add light (cameras slow down in the dark) or use a USB port of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="159"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}). The camera delivers fewer than it claims: add light, or use a USB port of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="162"/>
        <source>{delivered:.0f} frames per second (the camera claims {claimed:.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="169"/>
        <source>The face is too dark (brightness {brightness:.0f}, at least {minimum:.0f} needed): add light in front of the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="174"/>
        <source>The face is too bright (brightness {brightness:.0f}, at most {maximum:.0f}): soften or move the light in front of the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="178"/>
        <source>The face is well exposed (brightness {brightness:.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="185"/>
        <source>The background is much brighter than the face ({background:.0f} against {face:.0f}): turn the desk away from the window, or light the face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="189"/>
        <source>No backlight: the background is not much brighter than the face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="196"/>
        <source>The picture is grainy (noise {noise:.1f}, at most {maximum:.0f}): add light, which lets the camera lower its gain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="199"/>
        <source>Little noise on the face ({noise:.1f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="206"/>
        <source>The face is blurred (sharpness {sharpness:.0f}, at least {minimum:.0f} needed): clean the lens, check the focus, or add light for shorter exposures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="210"/>
        <source>The face is in focus (sharpness {sharpness:.0f}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="220"/>
        <source>Skin colours look natural (no colour cast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="224"/>
        <source>The picture has an orange cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="227"/>
        <source>The picture has a green cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="230"/>
        <source>The picture has a magenta cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="233"/>
        <source>The picture has a blue cast: turn on the camera&apos;s automatic white balance, or use daylight-white lamps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="246"/>
        <source>No distance works: where the face is large enough it no longer fits the frame. Choose a higher resolution in Settings → Camera, or a better camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="254"/>
        <source>The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people should stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="257"/>
        <source>The person stood too far ({eyes:.0f} px between the eyes, {minimum:.0f} needed): people should stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="262"/>
        <source>The person stood too close: people should stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="265"/>
        <source>The person stood too close: people should stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="270"/>
        <source>People must stand almost exactly where the person stood (between about {nearest:.1f} m and {farthest:.1f} m from the camera): a higher resolution in Settings → Camera leaves more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="274"/>
        <source>People must stand almost exactly where the person stood (from about {nearest:.1f}x to {farthest:.1f}x as far as during the test): a higher resolution in Settings → Camera leaves more room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="279"/>
        <source>People can stand between about {nearest:.1f} m and {farthest:.1f} m from the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="281"/>
        <source>People can stand from about {nearest:.1f}x to {farthest:.1f}x as far as during the test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="288"/>
        <source>Auto-capture took the photo after {seconds:.1f} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="291"/>
        <source>Auto-capture did not fire: no face was seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="298"/>
        <source>Auto-capture did not fire: the face was never still long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="302"/>
        <source>Auto-capture did not fire: the guidance shown most often was “{guidance}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="311"/>
        <source>This PC checks {rate:.1f} pictures per second (at least {minimum:.0f} keep auto-capture quick): close other programs, or use a faster PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/core/camera/self_test_lines.py" line="314"/>
        <source>This PC checks {rate:.1f} pictures per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="56"/>
        <source>This camera has not been tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="60"/>
        <source>Last test: {0}, 1 check with advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="62"/>
        <source>Last test: {0}, {1} checks with advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="64"/>
        <source>Last test: {0}, every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="66"/>
        <source>Tested with another camera: test this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test_host.py" line="127"/>
        <source>The camera changed since its last test: test it in Settings → Camera → Test this camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelfTestDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="109"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="110"/>
        <source>advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="273"/>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="274"/>
        <source>Test the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="276"/>
        <source>Ask someone to sit where people will stand, look at the camera, and press Start. The test takes {0} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="278"/>
        <source>Put the camera where it will stay, at the height of a face.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="279"/>
        <source>Light the desk as it is during the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="280"/>
        <source>Ask someone to sit where people will stand, facing the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="281"/>
        <source>Press Start: they keep looking at the camera until the test ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="285"/>
        <source>The test checks the light, the sharpness, the colours and where people should stand, and gives advice where something can be better. No photo is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="287"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="288"/>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="292"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="289"/>
        <source>Testing… keep looking at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="290"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="291"/>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="293"/>
        <source>Test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="301"/>
        <source>The test could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="302"/>
        <source>Check that the camera is connected, then press Test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="309"/>
        <source>✓ The camera is ready: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="310"/>
        <source>Press Close to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="312"/>
        <source>! 1 check gives advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="313"/>
        <source>! {0} checks give advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="315"/>
        <source>Follow the advice marked with !, then press Test again to check the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="341"/>
        <source>There is no camera to test. Connect a USB camera, or choose one in Settings → Camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="404"/>
        <source>{0} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/self_test.py" line="409"/>
        <source>The camera gave no picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="218"/>
        <source>FaceStation: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="220"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="222"/>
        <source>&amp;Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="223"/>
        <source>L&amp;iveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="224"/>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>Cop&amp;y settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="225"/>
        <source>Acc&amp;essibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="226"/>
        <source>Save keeps the changes on every section; Cancel forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="227"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="228"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="66"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="67"/>
        <source>Where this station checks faces and keeps the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="97"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="98"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="99"/>
        <source>Cha&amp;nge server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="100"/>
        <source>Sets up the connection again, as on the first start. Changes on the other sections that are not saved yet are forgotten, and the operator signs in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="222"/>
        <source>Liveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="223"/>
        <source>Makes sure a real person is in front of the camera, not a printed photo or a phone screen: the person follows one or two short instructions on the screen. It runs on this computer and works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="240"/>
        <source>If the check fails, the person can try once more. After a second failure the operator decides; in kiosk mode the station refuses. The activity log records each check, without any photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="251"/>
        <source>Accessibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="252"/>
        <source>Everything works with the keyboard alone: Tab moves to the next control, Enter or Space presses it, Escape closes a window.
Ctrl+1 to Ctrl+4 (or the arrow keys in the left column) open Enrol, Verify, Records and Lists; Space takes the photo, R takes it again, Ctrl+Enter enrols.
A screen reader announces the instruction for the person and the result of each check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="67"/>
        <source>Copy to other stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="68"/>
        <source>Set up one station, export its settings to a file, and import that file on the next station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="124"/>
        <source>E&amp;xport settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="125"/>
        <source>&amp;Import settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="126"/>
        <source>The file holds the camera quality, photo checks, times, privacy, look and kiosk mode. It never holds the admin PIN, passwords or the client secret; each station keeps its own server and camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="130"/>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="131"/>
        <source>&amp;Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="130"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="131"/>
        <source>The camera that takes the portraits. Choose a photo or video file to try the station without a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="202"/>
        <source>Camera to &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="203"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="89"/>
        <source>&amp;Mirror the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="90"/>
        <source>People see themselves as in a mirror, which feels natural. The photo that is saved is never mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="130"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="131"/>
        <source>When every check passes, the station can take the photo by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="93"/>
        <source>Take the photo a&amp;utomatically when every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="94"/>
        <source>&amp;Frames to hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="95"/>
        <source> frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="100"/>
        <source>Allowed &amp;movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="104"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="138"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="139"/>
        <source>After the photo is taken, the person is asked to blink (and turn their head) before the result shows. Automatic: blink and turn in kiosk mode, off otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="143"/>
        <source>Automatic: on in kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="144"/>
        <source>E&amp;nrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="145"/>
        <source>After the photo is taken, the person is asked to blink (and turn their head) before they can be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="149"/>
        <source>Play a sound &amp;when the result is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="150"/>
        <source>A rising chime when the photo is taken or the person matches; a low falling tone when the photo does not pass or the person does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="154"/>
        <source>Play a sound when the instruction chan&amp;ges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="155"/>
        <source>A soft short tone each time the instruction for the person in front of the camera changes (for example &quot;Come closer&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="101"/>
        <source>How far the face may drift while the photo is being taken, as a share of the face&apos;s width. Smaller is stricter; the default, 7.5&#xa0;%, allows for breathing and a slight sway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="167"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="168"/>
        <source>When the station clears the screen by itself, for privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="106"/>
        <source>&amp;Lock the station after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="109"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="110"/>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="116"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="107"/>
        <source>Without a touch or key press for this long, the operator is signed out. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="112"/>
        <source>Clear a &amp;result after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="115"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="113"/>
        <source>A check&apos;s result (name, photo, match) disappears from the screen after this long. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="195"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="196"/>
        <source>The language and colours of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="125"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="127"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="126"/>
        <source>The new language shows as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="129"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="80"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="81"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="82"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="84"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="85"/>
        <source>Blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="86"/>
        <source>Blink and turn the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="130"/>
        <source>High contrast: white and yellow on black, for people who see less well. The new colours show as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="179"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="180"/>
        <source>What the operator confirms before a person&apos;s face is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="118"/>
        <source>Ask for the person&apos;s &amp;consent before enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="119"/>
        <source>&amp;What the operator confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="120"/>
        <source>The Enrol page shows this sentence with a tick box; Enrol works only once it is ticked, and the activity log records that it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="209"/>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="54"/>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="210"/>
        <source>For a station that stands at the desk all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="133"/>
        <source>&amp;Full-screen kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/fields.py" line="134"/>
        <source>The station fills the screen and cannot be closed or left without the admin PIN. Turn it off to use the computer for other things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="109"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="112"/>
        <source>The built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="113"/>
        <source>not running at the moment (it starts with the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="116"/>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="48"/>
        <source>{0} × {1} (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="49"/>
        <source>{0} × {1} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="50"/>
        <source>{0} × {1} (sharpest, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="121"/>
        <source>{0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/pages.py" line="148"/>
        <source>How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is steadier but slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="221"/>
        <source>This station was started with a camera of its own choosing ({0}): it uses that one until it is started without it. The choice here is kept for then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="227"/>
        <source>Looking for cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="229"/>
        <source>No camera found. Connect a USB camera and open the settings again, or choose a photo or video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="234"/>
        <source>The camera starts again with the new choice when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="78"/>
        <source>Chosen camera (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="205"/>
        <source>&amp;Test this camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="206"/>
        <source>Checks the camera as saved: the light, the sharpness, the colours and where people should stand (15 seconds). Save a new choice first to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="249"/>
        <source>Choose a photo or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="252"/>
        <source>Photos and videos ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/camera_page.py" line="253"/>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="148"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="317"/>
        <source>These settings cannot be used: {0}. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="337"/>
        <source>The setting for the lists was not saved on the server, so nothing was saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="342"/>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="351"/>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/dialog.py" line="372"/>
        <source>The settings were not saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="147"/>
        <source>Station settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="156"/>
        <source>Export the settings to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="163"/>
        <source>Choose a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="176"/>
        <source>These settings cannot be exported: {0}. Correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="183"/>
        <source>Exporting the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="187"/>
        <source>Exported to {0}. On the next station: Settings, Server, Import settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="197"/>
        <source>Reading the settings file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="210"/>
        <source>This station already has the settings in that file: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="213"/>
        <source>The file changes the settings listed below. Press Use these settings to save them now (changes not saved yet on the other sections are forgotten), or Do not import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="42"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="43"/>
        <source>Mirror the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="44"/>
        <source>Automatic photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="45"/>
        <source>Frames to hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="46"/>
        <source>Allowed movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="47"/>
        <source>Lock after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="48"/>
        <source>Clear a result after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="49"/>
        <source>Ask for consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="50"/>
        <source>Consent sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="51"/>
        <source>Member number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="52"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="53"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="55"/>
        <source>Liveness check in Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="56"/>
        <source>Liveness check in Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="57"/>
        <source>Remember the operator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="234"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="239"/>
        <source>This file cannot be imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/transfer_page.py" line="241"/>
        <source>The file could not be written ({0}). Choose another folder, or a USB stick that is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="75"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="76"/>
        <source>Strangers matched by &amp;mistake in a list, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="77"/>
        <source>Saved on the server: every station of this site uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="78"/>
        <source>Fewer mistakes means a list asks for a closer match, so now and then a member is asked to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="85"/>
        <source>1 in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="87"/>
        <source>{0} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="105"/>
        <source>Sign in to change this: it is kept on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="106"/>
        <source>This service does not work out a confidence per list, so there is nothing to set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="108"/>
        <source>The server could not be asked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/settings/calibration_target.py" line="109"/>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="109"/>
        <source>FaceStation: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="110"/>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="117"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="111"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="112"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="114"/>
        <source>Next: the station&apos;s main window opens. Forgot your password? Your administrator can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="115"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="116"/>
        <source>Start the service again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="119"/>
        <source>Service: FaceCheck hosted service ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="122"/>
        <source>Service: the built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="164"/>
        <source>Starting the built-in service… You can already type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="166"/>
        <source>Connected. Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="168"/>
        <source>Not connected to the service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="185"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="189"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="192"/>
        <source>The station is still connecting to the service: wait a moment, then press Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="197"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="209"/>
        <source>The user name or password is not right. Check them (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/dialogs/sign_in.py" line="212"/>
        <source>If they are right, the station&apos;s client id or secret may be wrong: ask your administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facestation/station/ui/single_instance.py" line="69"/>
        <source>FaceStation is already running on this computer. Use the FaceStation window that is already open; if you cannot see it, look for it in the taskbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="199"/>
        <source>The activity log cannot be opened right now, so this session is not logged; the file was left as it is. Tell your administrator ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="203"/>
        <source>The activity log could not be read and was set aside as {0} for your administrator; a new log has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="307"/>
        <source>Camera chosen at start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="341"/>
        <source>You are signed out. The next operator can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="352"/>
        <source>The station locked itself after {0} minute(s) without use. Sign in to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="393"/>
        <source>Type the admin PIN to see the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="447"/>
        <source>{0} change(s) kept on this station were refused by the service. Click “Pending” to correct or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="450"/>
        <source>Everything kept on this station while offline has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="522"/>
        <source>The built-in service stopped answering; the station is restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="528"/>
        <source>The FaceCheck service does not answer. Check the network; the station keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="536"/>
        <source>The built-in service was restarted. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="541"/>
        <source>The built-in service was restarted and is working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="557"/>
        <source>Your session has ended. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/app.py" line="574"/>
        <source>Type the admin PIN to close the station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="210"/>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="212"/>
        <source>Verify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="371"/>
        <source>Type or scan the person&apos;s number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="382"/>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="30"/>
        <source>Looking up the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="431"/>
        <source>Reading the reference photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="555"/>
        <source>Checking the face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/panel.py" line="597"/>
        <source>The list “{0}” no longer exists. Choose another list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="17"/>
        <source>Compare the two photos, then confirm or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="18"/>
        <source>Press “Next person” when you are done, or wait: the result clears by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="19"/>
        <source>Checking the face… The camera keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="20"/>
        <source>Wait for the connection: the check starts by itself when the service answers, or press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="22"/>
        <source>Checks wait for the connection. Meanwhile you can enrol people and change records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="24"/>
        <source>The check did not work. See below, then press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="25"/>
        <source>The check was cancelled. Press “Try again”, or retake the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="26"/>
        <source>Checking the photo file: it is taken by itself when the face is clear, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="28"/>
        <source>Ask the person to look at the camera. The photo is taken by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="29"/>
        <source>No camera: load the person&apos;s photo with “Load photo from file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="31"/>
        <source>Photo taken. Now type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="33"/>
        <source>Type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="34"/>
        <source>First the reference: hold the ID document&apos;s photo up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="36"/>
        <source>Photo taken. Now choose the reference photo: a file, or with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="38"/>
        <source>First choose the reference photo (for example from the ID document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="40"/>
        <source>There is no list to check against yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="41"/>
        <source>Choose the list to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="49"/>
        <source>The person follows the instructions on the screen. The result shows once a live person is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="52"/>
        <source>Press “Try again” while the person is still at the camera, or “Next person”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="54"/>
        <source>The station could not confirm a live person. Check the person yourself, or press “Next person”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="61"/>
        <source>No connection: checking a face needs the service. Enrolments and changes made now are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ui/panels/verify/texts.py" line="63"/>
        <source>No connection: checking a face needs the service. Wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../facestation/station/ui/panels/lists/dialogs.py" line="93"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
