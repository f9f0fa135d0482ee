<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../facestation/station/ops.py" line="286"/>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="287"/>
        <source>The service did not accept the sign-in: the user name or password is not right, or the session has ended. Check the user name and password (they are case-sensitive) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="291"/>
        <source>Hourly limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="292"/>
        <source>This station has used all the calls it may make this hour. Try again in {0} minute(s); if this happens often, ask your administrator for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="297"/>
        <source>Too many wrong sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="298"/>
        <source>The service refuses sign-ins from this computer for {0} minute(s) after too many wrong user names or passwords. Wait, then sign in with the right password; if you do not know it, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="302"/>
        <source>No credits left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="303"/>
        <source>The FaceCheck account has no identification credits left. Ask your administrator to add credits; enrolling and editing records still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="307"/>
        <location filename="../../facestation/station/ops.py" line="356"/>
        <source>Please check the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="308"/>
        <source>The service did not accept the data: {0}. Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="311"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="312"/>
        <source>That person or list does not exist (any more). Search again and choose it from the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="315"/>
        <source> (reference {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="316"/>
        <source>The service had a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="317"/>
        <source>The face service failed while doing this{0}. Try again in a moment; if it keeps happening, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="321"/>
        <source>The built-in service on this computer is not answering. The station is restarting it: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="324"/>
        <source>The station cannot reach the FaceCheck service. Check that this computer is connected to the network (cable or Wi-Fi); the station keeps trying to reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="326"/>
        <source>No connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="328"/>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="329"/>
        <source>The face service took too long to answer. Try again; if the network is slow, wait a moment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="332"/>
        <source>Not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="333"/>
        <source>This service does not offer this feature. The built-in service has it; the hosted service does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="336"/>
        <location filename="../../facestation/station/ops.py" line="358"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="337"/>
        <source>The face service reported a problem: {0}. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="339"/>
        <source>Setup did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="340"/>
        <source>The station could not create its accounts: {0} Fix this and press the button again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="343"/>
        <source>The built-in service did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="344"/>
        <source>{0} Close the station and open it again; if it keeps happening, send the log to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="347"/>
        <source>Camera problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="348"/>
        <source>{0} Check that the camera is plugged in and not used by another program, or use a photo or video file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="351"/>
        <source>The system keyring is not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="352"/>
        <source>The station could not read its saved credentials because the system keyring did not answer. Nothing was lost: wait a moment and try again, or restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="357"/>
        <source> The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/ops.py" line="359"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="115"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="117"/>
        <source>{0}   ·   No. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="119"/>
        <source>{0}   (switched off: not recognised)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="481"/>
        <source>Add people to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="482"/>
        <source>Add people to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="484"/>
        <source>Type part of the person&apos;s name or their member number and press Search. Tap everyone to add, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="486"/>
        <source>&amp;Name or member number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="487"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="489"/>
        <source>This service cannot search by name: type the person&apos;s exact member number (or their record id) and press Find, then press Add to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="491"/>
        <source>Exact member &amp;number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="492"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="493"/>
        <source>Add to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="520"/>
        <source>Type the person&apos;s member number or record id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="528"/>
        <source>Looking for the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="553"/>
        <source>{0}   (already in this list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="572"/>
        <source>Nobody found. Check the spelling, or try part of the name or the member number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="574"/>
        <source>Nobody has this member number or record id. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="576"/>
        <source>The first {0} of {1} found: type more of the name to find the person faster. {2} chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="579"/>
        <source>{0} found, {1} chosen. Tap a person to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="590"/>
        <source>Choose at least one person to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="592"/>
        <source>Adding to the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="633"/>
        <source>This list or person no longer exists. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="224"/>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="225"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="227"/>
        <source>Who did what at this station, newest first. People appear only by their record number: the audit trail keeps no names and no photos. Choose filters to narrow the list; export it to hand it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="229"/>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="229"/>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="230"/>
        <source>&amp;Record number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="230"/>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="230"/>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="233"/>
        <source>All operators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="234"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="238"/>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="239"/>
        <source>Any record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="240"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="241"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="241"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="241"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="242"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="242"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="243"/>
        <source>&amp;Check the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="244"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="245"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="277"/>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="277"/>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="277"/>
        <source>Station locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="278"/>
        <source>Enrolled a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="278"/>
        <source>Changed a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="279"/>
        <source>Deleted a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="279"/>
        <source>Checked a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="280"/>
        <source>Reviewed a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="280"/>
        <source>Created a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="281"/>
        <source>Changed a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="281"/>
        <source>Deleted a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="282"/>
        <source>Added to a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="282"/>
        <source>Removed from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="283"/>
        <source>Changed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="283"/>
        <source>Discarded a pending change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="284"/>
        <source>Sent a pending change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="292"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="292"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="297"/>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="297"/>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="297"/>
        <source>needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="298"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="308"/>
        <source>confidence {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="310"/>
        <source>reason: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="312"/>
        <source>consent obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="312"/>
        <source>no consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="314"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="360"/>
        <source>Reading the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="379"/>
        <source>The audit trail could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="395"/>
        <source>list {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="409"/>
        <source>No entries match these filters. Press Clear filters to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="410"/>
        <source>No entries yet: actions at this station appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="412"/>
        <source>Showing the newest {0} entries. Narrow the filters to see older ones; the export includes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="415"/>
        <source>Showing {0} entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="416"/>
        <source>Showing 1 entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="429"/>
        <source>Checking the audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="439"/>
        <source>The audit trail is intact: all {0} entries are as they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="440"/>
        <source>The audit trail is empty and intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="447"/>
        <source> (written {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="449"/>
        <source>Entry {0}{1} was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="450"/>
        <source>Entry {0}{1} was removed from the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="451"/>
        <source>Entry {0}{1} is out of place: an entry was inserted, moved or replaced before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="453"/>
        <source>Entry {0}{1} was edited by hand and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="454"/>
        <source>The last entries, from entry {0}{1} on, were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="455"/>
        <source>Entry {0}{1} and the ones after it were added outside the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="456"/>
        <source>Entry {0}{1} is not as it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="457"/>
        <source> The {0} entries before it are intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="458"/>
        <source> The entry before it is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="460"/>
        <source>The audit trail is not intact. {0}{1} Keep this station&apos;s files as they are and tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="473"/>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="477"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="477"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="482"/>
        <source>audit-trail-{0}.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="500"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="504"/>
        <source>Saved {0} entries to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="505"/>
        <source>Saved 1 entry to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/audit_viewer.py" line="513"/>
        <source>The audit trail was not saved to {0}: {1}. Choose another folder (for example Documents) and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../facestation/station/ops.py" line="393"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <location filename="../../facestation/station/widgets/camera_view.py" line="238"/>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/camera_view.py" line="240"/>
        <source>Live picture from the camera with a guide showing where the head should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/camera_view.py" line="348"/>
        <source>No camera found.
Connect a USB camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/camera_view.py" line="542"/>
        <source>Eyes here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/camera_view.py" line="597"/>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="293"/>
        <source>Take photo now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="294"/>
        <source>Take the photo now, even if some checks are not green (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="295"/>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="296"/>
        <source>Throw this photo away and take a new one (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="297"/>
        <source>Load photo from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="298"/>
        <source>Use a photo file instead of the camera; it is checked the same way (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="299"/>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="385"/>
        <source>Choose a photo of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="416"/>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="450"/>
        <source>No camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="450"/>
        <source>This photo cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="457"/>
        <source>The video has ended. Load another file, or choose a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="467"/>
        <source>The camera is off.
Choose a camera, or load a photo from a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapturedPhotoCard</name>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="98"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="120"/>
        <source>No photo yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="123"/>
        <source>Taken automatically when every check is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="125"/>
        <source>Press “Take photo now” when every check is green.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="128"/>
        <source>No photo taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="133"/>
        <source>✓ Passes every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="137"/>
        <source>✗ Does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="139"/>
        <source>Not passed: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="142"/>
        <source>Taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/capture_panel.py" line="142"/>
        <source>Taken automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="240"/>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="241"/>
        <source>Correct and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="245"/>
        <source>Send it &amp;without the lists (add the person to lists later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="247"/>
        <source>C&amp;hoose another photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="249"/>
        <source>The new photo is sent instead of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="250"/>
        <source>The photo kept for this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="251"/>
        <source>The server could not use this photo: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="253"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="254"/>
        <source>List &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="254"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="257"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="258"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="259"/>
        <source>&amp;Save and send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="270"/>
        <source>Choose another photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="292"/>
        <source>Reading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="308"/>
        <source>“{0}” cannot be used as a photo: {1}. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="356"/>
        <source>A queued enrolment needs a member / employee number. Type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="359"/>
        <source>The server could not use the photo: choose another photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_editor.py" line="365"/>
        <source>Type the list&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateRow</name>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="115"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="116"/>
        <source>Already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="118"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="119"/>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="120"/>
        <source>Member / employee no.: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="121"/>
        <source>No member / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="122"/>
        <source>In: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="125"/>
        <source>Same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="125"/>
        <source>Possibly the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="126"/>
        <source>{0} ({1} % alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="127"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="197"/>
        <source>Already enrolled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="199"/>
        <source>This person may already be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="201"/>
        <source>This person may already be enrolled ({0} possible matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="204"/>
        <source>Compare the photos. If it is the same person, press Cancel: nothing is saved, and you can find them on the Records page. If it is someone else, press Enrol anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="206"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/duplicates.py" line="207"/>
        <source>&amp;Enrol anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPanel</name>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="342"/>
        <source>Enrol a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="343"/>
        <source>Take the photo, type the details, press Enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="344"/>
        <source>Retake the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="345"/>
        <source>The person a&amp;grees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="346"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="347"/>
        <source>Save this person with the photo and the details (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="375"/>
        <source>Enrolling… Wait a moment, or press Cancel at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="377"/>
        <source>First take the photo (automatic when every check is green), or load one from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="379"/>
        <source>Check the details, then press Enrol (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="432"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="448"/>
        <source>Take the photo first: look at the camera until every check is green, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="454"/>
        <source>Read the sentence to the person; tick the box once they agree. Without their consent they cannot be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="481"/>
        <source>Checking whether {0} is already enrolled, then enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="482"/>
        <source>Enrolling {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="504"/>
        <source>Stopped. {0} IS enrolled, but may not be in every ticked list: check on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="508"/>
        <source>Stopped. {0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="512"/>
        <source>Stopped. Nothing was saved; press Enrol to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="531"/>
        <source>{0} is enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="535"/>
        <source>There are no lists yet, so the station did not check whether this person was already enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="538"/>
        <source>The check for people already enrolled was skipped: the account has no identification credits left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="541"/>
        <source>The check for people already enrolled was skipped: this service does not offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="545"/>
        <source>No connection: adding {0} to the list “{1}” is kept on this station and done as soon as the service answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="550"/>
        <source>{0} IS enrolled, but adding them to the list “{1}” did not work: {2} Add them to it on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="575"/>
        <source>{0} may already be enrolled: look for them on the Records page before you press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="604"/>
        <source>Keeping the enrolment on this station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="620"/>
        <source>No connection: {0} is saved on this station and will be enrolled as soon as the service answers again (number {1}). The duplicate check will not run for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="630"/>
        <source>No connection, and {0} could not be kept on this station either: {1} Press Enrol again when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="651"/>
        <source>The service did not accept the details: {0}. Correct them and press Enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="660"/>
        <source>The service found no face in this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="661"/>
        <source>The face is too small in this photo: the person should come closer to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="663"/>
        <source>There is more than one face in this photo: only the person to enrol may be in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="665"/>
        <source>This photo is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="667"/>
        <source>The service could not read this photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="668"/>
        <source>{0} Press “Retake the photo” and take a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/enrol.py" line="714"/>
        <source>Not enrolled. If it is the same person, find them on the Records page; if not, press Enrol and choose “Enrol anyway”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExceptionHook</name>
    <message>
        <location filename="../../facestation/station/app.py" line="172"/>
        <source>Something unexpected went wrong. You can keep working; if it happens again, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="175"/>
        <source>The details were saved in {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="177"/>
        <location filename="../../facestation/station/app.py" line="179"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="280"/>
        <source>FaceStation: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="281"/>
        <source>Welcome to FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="283"/>
        <source>First, choose where this station checks faces. If you are not sure, choose the first option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="285"/>
        <source>Built-in local service (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="286"/>
        <source>Everything stays on this computer. No account and no internet needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="288"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="289"/>
        <source>Use a FaceCheck account over the internet. You need the client id and client secret that FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="291"/>
        <source>Click one of the two options to continue. You can change this later in the settings, with the admin PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="293"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="295"/>
        <source>Create the first operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="297"/>
        <source>Operators sign in to use the station. Choose a user name and a password for the person who works at this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="299"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="300"/>
        <source>for example: reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="301"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="302"/>
        <source>at least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="303"/>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="304"/>
        <location filename="../../facestation/station/dialogs/first_run.py" line="321"/>
        <source>&amp;Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="305"/>
        <location filename="../../facestation/station/dialogs/first_run.py" line="322"/>
        <source>at least {0} digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="306"/>
        <location filename="../../facestation/station/dialogs/first_run.py" line="323"/>
        <source>Repeat PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="307"/>
        <source>The admin PIN protects the settings and leaving full-screen mode. Choose at least {0} digits and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="311"/>
        <source>Next: the station prepares its built-in service (about a minute at most), then you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="312"/>
        <location filename="../../facestation/station/dialogs/first_run.py" line="327"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="313"/>
        <source>Set up the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="315"/>
        <source>Connect to FaceCheck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="317"/>
        <source>Type the details FaceCheck gave you. If you do not have them, ask your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="318"/>
        <source>Service &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="319"/>
        <source>&amp;Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="320"/>
        <source>Client &amp;secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="326"/>
        <source>Next: you sign in with your FaceCheck operator account; the station checks these details then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="328"/>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="330"/>
        <source>The station is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="331"/>
        <source>Continue to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="355"/>
        <source>The built-in service is running on this computer.

Next: sign in with the operator account you just created ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="359"/>
        <source>The station will use the FaceCheck service at {0}.

Next: sign in with your FaceCheck operator user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="362"/>
        <source>Warning: this computer has no secure password store (OS keyring), so the station keeps its secret in an encrypted file instead:
{0}
Anyone who can use this computer account could read it. Ask your administrator whether to set up a keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="405"/>
        <source>The admin PIN needs at least {0} digits (numbers only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="407"/>
        <source>The two PINs are not the same: type the PIN again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="416"/>
        <source>Type a user name for the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="417"/>
        <source>The user name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="418"/>
        <source>The password needs at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="420"/>
        <source>The two passwords are not the same: type the password again in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="430"/>
        <source>Setting up the built-in service… this takes up to a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="438"/>
        <source>The service address must start with https:// (for example {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="441"/>
        <source>{0} is not encrypted: the client secret, passwords and photos would travel in clear. Use an https:// address (http:// is only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="450"/>
        <source>Type the client id FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="452"/>
        <source>Type the client secret FaceCheck gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/first_run.py" line="463"/>
        <source>Saving the connection details…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="24"/>
        <source>Look at the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="25"/>
        <source>Only one person in view, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="26"/>
        <source>Come closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="27"/>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="28"/>
        <source>Move a little to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="29"/>
        <source>Move a little to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="30"/>
        <source>Move up a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="31"/>
        <source>Move down a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="32"/>
        <source>Turn your head slightly to your left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="33"/>
        <source>Turn your head slightly to your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="34"/>
        <source>Lower your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="35"/>
        <source>Raise your chin slightly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="36"/>
        <source>Keep your head straight, don&apos;t tilt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="37"/>
        <source>Open your eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="38"/>
        <source>Close your mouth, neutral expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="39"/>
        <source>Too dark: add light in front of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="40"/>
        <source>Too bright: reduce the light on your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="41"/>
        <source>The light behind you is too strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="42"/>
        <source>Light your face evenly from the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="43"/>
        <source>Red eyes: turn off the flash and retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="44"/>
        <source>A plain background is needed behind you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="45"/>
        <source>Hold still, the image is blurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="48"/>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidanceBanner</name>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="107"/>
        <source>Instructions for the person being photographed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="165"/>
        <source>Photo taken. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/guidance_banner.py" line="167"/>
        <source>Photo taken, but it does not pass every check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPeopleDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="296"/>
        <location filename="../../facestation/station/dialogs/import_people.py" line="344"/>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="298"/>
        <source>Add many people at once from a spreadsheet saved as CSV and a folder with their photos. Every photo gets the same checks as on the Enrol page; people already stored are left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="300"/>
        <source>&amp;People file (CSV):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="301"/>
        <source>Choose the CSV file with one line per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="302"/>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="303"/>
        <source>Ph&amp;oto folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="304"/>
        <source>Choose the folder with the photos named in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="305"/>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="306"/>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="307"/>
        <source>No list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="309"/>
        <source>People whose line names no list go to this list. Type a new name to make a new list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="311"/>
        <source>The first line of the file names the columns: name, surname1, surname2, externalIdentifier, photo, list. The photo column holds the photo&apos;s file name in the photo folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="313"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="314"/>
        <source>&amp;Start import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="316"/>
        <source>You can keep this window open or stop the import. People already imported stay; starting the same file again goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="318"/>
        <source>S&amp;top import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="319"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="319"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="319"/>
        <source>Why not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="320"/>
        <source>&amp;Import again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="321"/>
        <source>&amp;Save the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="322"/>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="346"/>
        <source>Stopping the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="347"/>
        <source>Importing people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="349"/>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="351"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="383"/>
        <source>Choose the people file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="385"/>
        <source>CSV files (*.csv *.CSV *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="385"/>
        <location filename="../../facestation/station/dialogs/import_people.py" line="628"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="393"/>
        <source>Choose the photo folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="432"/>
        <source>Choose the people file first (Choose file…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="435"/>
        <source>Choose the folder with the photos (Choose folder…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="459"/>
        <source>The photo folder {0} was not found. Choose the folder that holds the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="509"/>
        <source>%v of %m people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="511"/>
        <source>{0} imported · {1} already there · {2} failed the photo checks · {3} could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="514"/>
        <source>Stopping: the people being sent now are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="516"/>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="518"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="523"/>
        <source>About {0} minute(s) left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="528"/>
        <source>This station has used all the calls it may make this hour. The import waits and goes on by itself in about {0} minute(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="575"/>
        <source>{0} of {1} people imported, {2} were already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="579"/>
        <source>{0} could not be imported: see below, correct them and import the same file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="585"/>
        <source>You stopped the import: {0} people were not started. Start the same file again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="591"/>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="591"/>
        <source>Everyone in the file is now stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="599"/>
        <source>Photo {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="624"/>
        <source>Save the import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="628"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="649"/>
        <source>Saving the result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="654"/>
        <source>The result was saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/import_people.py" line="662"/>
        <source>The result was not saved: {0}. Choose another folder (for example Documents) and save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListDetailsDialog</name>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="283"/>
        <location filename="../../facestation/station/panels/lists.py" line="284"/>
        <source>New list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="285"/>
        <source>Give the list a name people will recognise, for example “Pool members” or “Staff”. Then add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="287"/>
        <source>Create list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="289"/>
        <source>Rename or describe a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="290"/>
        <source>Rename or describe “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="291"/>
        <source>Change the name or the description, then press Save. The people in the list stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="293"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="294"/>
        <source>List &amp;name (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="295"/>
        <source>&amp;Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="296"/>
        <source>What the list is for, e.g. “Members who may use the pool”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="313"/>
        <location filename="../../facestation/station/panels/lists.py" line="348"/>
        <source>Type a name for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="322"/>
        <source>Creating the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="328"/>
        <source>Saving the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="345"/>
        <source>Another list is already called “{0}”. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="350"/>
        <source>This list was deleted in the meantime. Press Cancel; the page shows the lists as they are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="782"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="783"/>
        <source>A list is a group of people, for example your pool members. Verify can check whether a visitor is in a list. Choose a list to see who is in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="786"/>
        <source>This service cannot list its lists: shown are the lists this station created or opened, and the people this station added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="788"/>
        <source>&amp;Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="789"/>
        <source>Your lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="790"/>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="791"/>
        <source>Rename / descr&amp;ibe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="792"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="793"/>
        <source>S&amp;how more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="794"/>
        <source>Re&amp;move from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="795"/>
        <source>Take the chosen people out of this list. They stay enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="796"/>
        <source>&amp;Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="803"/>
        <source>waiting to be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="805"/>
        <source>change waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="812"/>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="813"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="813"/>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="854"/>
        <source>Loading the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="890"/>
        <source>No connection: the lists are shown as they were last loaded. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="896"/>
        <source>The lists could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="914"/>
        <source>No lists yet. Press New list… to make the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="916"/>
        <source>No lists yet on this station. Press New list…, or open a list made elsewhere with Open a list by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="970"/>
        <source>The list “{0}” was made. Now add people with Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="973"/>
        <source>The list “{0}” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1001"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1061"/>
        <source>Delete a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1062"/>
        <source>Delete the list “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1064"/>
        <source>The people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1065"/>
        <source>The person in it stays enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1066"/>
        <source>The {0} people in it stay enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1067"/>
        <source>{0}: only the list goes. Verify can no longer check against this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1069"/>
        <source>Delete the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1070"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1091"/>
        <source>Deleting the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1094"/>
        <source>The list was not deleted. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1107"/>
        <source>The list “{0}” was deleted. The people in it are still enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1127"/>
        <source>The list “{0}” is now shown on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1158"/>
        <source>Loading the members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1179"/>
        <source>No connection: the members cannot be loaded now. Changes you make are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1183"/>
        <source>The members could not be loaded. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1203"/>
        <source>{0}   (waiting to be added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1210"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1212"/>
        <source>Choose a list on the left to see who is in it, or make a new one with New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1215"/>
        <source>Members of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1223"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1225"/>
        <source>Nobody is in this list yet. Press Add person… to add someone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1228"/>
        <source>Showing {0} of {1} people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1230"/>
        <source>{0} in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1232"/>
        <source>Only the people added at this station are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1233"/>
        <source>Tap people to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1279"/>
        <source>1 person was added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1280"/>
        <source>{1} people were added to “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1294"/>
        <source>Removing from the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1334"/>
        <source>{0} was taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1337"/>
        <source>{0} people were taken out of “{1}” (still enrolled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="1346"/>
        <source>People cannot be taken out of a list on this service. {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facestation/station/main_window.py" line="202"/>
        <location filename="../../facestation/station/main_window.py" line="203"/>
        <source>FaceStation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="204"/>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="204"/>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="204"/>
        <source>&amp;Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="205"/>
        <source>&amp;Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="208"/>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="209"/>
        <source>Sign out and clear this operator&apos;s data from the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="210"/>
        <source>Activit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="211"/>
        <source>Who did what at this station, and when (admin PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="212"/>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="213"/>
        <source>Server, camera, photo checks, times and appearance (admin PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="214"/>
        <source>Calls this hour: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="215"/>
        <location filename="../../facestation/station/main_window.py" line="339"/>
        <source>Camera: not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="216"/>
        <source>The camera starts with the Enrol and Verify screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="281"/>
        <source>Built-in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="281"/>
        <source>FaceCheck service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="284"/>
        <source>● {0}: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="286"/>
        <source>● {0}: connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="288"/>
        <source>● {0}: restarting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="290"/>
        <source>● {0}: no connection, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="301"/>
        <source>Operator: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="302"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="303"/>
        <source>Signed in as
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="311"/>
        <source>Sign-in renews itself at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="313"/>
        <source>The sign-in (access token) is valid until {0}; the station renews it by itself while you work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="325"/>
        <source>{0} of {1} calls used in the last hour; {2} left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="328"/>
        <source>The next call is possible in {0} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="341"/>
        <source>Camera: {0:.0f} fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="349"/>
        <source>Pending: {0} · needs attention: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="351"/>
        <source>Pending: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/main_window.py" line="354"/>
        <source>Changes kept on this station until the service answers; they are sent by themselves. Click to see them, and to correct those the service refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineQueue</name>
    <message>
        <location filename="../../facestation/station/offline.py" line="100"/>
        <source>Unsent enrolments are kept safe but cannot be opened until the system keyring answers; until then changes go straight to the server. Restart the station or sign in again if this stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenListDialog</name>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="383"/>
        <location filename="../../facestation/station/panels/lists.py" line="384"/>
        <source>Open a list by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="385"/>
        <source>A list made elsewhere (another station, the service&apos;s web portal) appears here once you open it by its id. Ask whoever made it for the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="387"/>
        <source>List &amp;id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="388"/>
        <source>e.g. 3f2b8c1e-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="389"/>
        <source>Open list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="401"/>
        <source>Type or paste the list&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="404"/>
        <source>Opening the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="412"/>
        <source>The service has no list with this id. Check the id and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="257"/>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="258"/>
        <source>Changes kept on this station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="260"/>
        <source>When the server cannot be reached, enrolments and other changes wait here and are sent by themselves, in order, as soon as it answers again. Changes the server refused wait under “Needs attention” for you to correct or discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="264"/>
        <location filename="../../facestation/station/dialogs/pending.py" line="266"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="264"/>
        <location filename="../../facestation/station/dialogs/pending.py" line="267"/>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="264"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="265"/>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="266"/>
        <source>Why it was refused and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="268"/>
        <source>Nothing is waiting: everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="269"/>
        <source>Nothing needs attention: the server accepted every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="270"/>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="271"/>
        <source>&amp;Correct and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="272"/>
        <source>Send &amp;again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="273"/>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="274"/>
        <source>Choose a change in the list, then what to do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="275"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="281"/>
        <source>&amp;Waiting to be sent ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="283"/>
        <source>Needs a&amp;ttention ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="308"/>
        <source>The queue of changes is not open: sign in to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="332"/>
        <source>The queue of changes could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="368"/>
        <source>The server said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="412"/>
        <source>Sending is not possible now: the station is not signed in to a server. The changes stay here and are sent after the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="417"/>
        <source>The server cannot be reached now. The station keeps trying by itself; “Send now” tries at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="420"/>
        <source>These changes are sent by themselves; “Send now” sends them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="429"/>
        <source>Nothing in this change can be corrected here: send it again or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="458"/>
        <source>Sending the waiting changes… They leave this list as the server takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="488"/>
        <source>Corrected. It is being sent again and leaves this list once the server takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="498"/>
        <source>It is being sent again. If the server refuses it again it comes back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="506"/>
        <source>Discard this change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="507"/>
        <source>Discard “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="510"/>
        <source>{0} This cannot be undone. The activity log records that you discarded it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="512"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="514"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="533"/>
        <source>Discarded. It will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending.py" line="564"/>
        <source>That did not work: {0} Close this window and open it again; if it keeps failing, tell your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingWords</name>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="52"/>
        <source>Enrol {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="53"/>
        <source>Update {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="54"/>
        <source>Delete the record of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="55"/>
        <source>Create the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="56"/>
        <source>Rename a list to “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="57"/>
        <source>Delete the list “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="58"/>
        <source>Add {0} to the list “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="59"/>
        <source>Remove {0} from the list “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="69"/>
        <source>Today {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="71"/>
        <source>Yesterday {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="75"/>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="86"/>
        <source>The server refused this change: {0} Correct it and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="88"/>
        <source>The server refused this change: {0} Correct it and send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="90"/>
        <source>The server refused this change. Send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="95"/>
        <source>No face was found in the photo. Press “Correct and send again…” and choose another photo in which the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="97"/>
        <source>No face was found in the photo. Choose another photo in which the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="100"/>
        <source>The photo shows more than one face. Press “Correct and send again…” and choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="102"/>
        <source>The photo shows more than one face. Choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="104"/>
        <source>The face in the photo is too small. Press “Correct and send again…” and choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="106"/>
        <source>The face in the photo is too small. Choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="108"/>
        <source>The photo could not be used. Press “Correct and send again…” and choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="110"/>
        <source>The server could not use the photo. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="112"/>
        <source>Someone else already has this member / employee number. Press “Correct and send again…” and check the number; if this person is already enrolled, discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="115"/>
        <source>Someone else already has this member / employee number. Check the number and correct it; if this person is already enrolled, cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="118"/>
        <source>A list this person should join no longer exists. Press “Correct and send again…” to send it without that list (add the person to lists later on the Lists page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="120"/>
        <source>A list this person should join no longer exists. It is sent without the lists: add the person to lists later on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="123"/>
        <source>The list this change is about no longer exists. Discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="124"/>
        <source>The list this change is about no longer exists. Cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="126"/>
        <source>The person this change is about is no longer on the server (deleted, or their enrolment was discarded). Discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="128"/>
        <source>The person this change is about is no longer on the server. Cancel and discard this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="131"/>
        <source>A list with this name already exists. Press “Correct and send again…” and choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="133"/>
        <source>A list with this name already exists. Type another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="135"/>
        <source>A name is missing. Press “Correct and send again…” and fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="136"/>
        <source>A name is missing. Fill it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="144"/>
        <source>{0} will not be enrolled, and the photo and details kept for them on this station are deleted. Changes queued after this one for this person will need attention too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="148"/>
        <source>The changes to {0}&apos;s record will not be made; the server keeps the record as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="151"/>
        <source>The record will not be deleted: it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="152"/>
        <source>The list will not be created. Changes queued after this one for this list will need attention too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="154"/>
        <source>The list keeps its old name and description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="155"/>
        <source>The list will not be deleted: it stays on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="156"/>
        <source>The person will not be added to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="157"/>
        <source>The person stays in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pending_words.py" line="159"/>
        <source>This change will not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="187"/>
        <source>First n&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="187"/>
        <source>S&amp;urname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="188"/>
        <source>Se&amp;cond surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="188"/>
        <source>Mem&amp;ber / employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="189"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="189"/>
        <source>L&amp;ists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="192"/>
        <location filename="../../facestation/station/widgets/person_form.py" line="193"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="194"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="195"/>
        <source>Optional: type it or scan the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="196"/>
        <source>Attac&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="197"/>
        <source>Attach a file to this person, for example a signed consent form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="198"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="199"/>
        <source>Active (can be reco&amp;gnised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="200"/>
        <source>No lists yet. Create them on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="289"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="306"/>
        <source>“{0}” is too big ({1:.1f} MB). Attach a file of at most {2} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="312"/>
        <source>“{0}” cannot be read ({1}). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="332"/>
        <source>{0} ({1} KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="334"/>
        <source>{0} (stored; attach another file to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="336"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="347"/>
        <location filename="../../facestation/station/widgets/person_form.py" line="369"/>
        <source>Type the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="349"/>
        <location filename="../../facestation/station/widgets/person_form.py" line="370"/>
        <source>Type the person&apos;s surname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="372"/>
        <source>Someone else already has this number. Check it, or find that person on the Records page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="373"/>
        <source>The attached file needs a name: attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/person_form.py" line="374"/>
        <source>One of the ticked lists no longer exists. Untick it; the list of lists was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <location filename="../../facestation/station/widgets/file_dialogs.py" line="14"/>
        <source>Photos (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/file_dialogs.py" line="15"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/pin.py" line="30"/>
        <location filename="../../facestation/station/dialogs/pin.py" line="39"/>
        <source>Admin PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/pin.py" line="30"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="177"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="178"/>
        <source>The settings are for the administrator. Type the admin PIN to open them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="182"/>
        <source>Admin &amp;PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="183"/>
        <source>Do not know the PIN? Ask your administrator. Press Cancel to go back to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="184"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="179"/>
        <source>Open settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="214"/>
        <source>Type the admin PIN first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="219"/>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="237"/>
        <source>That PIN is not right. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="249"/>
        <source>That PIN is not right. Wait {0} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="251"/>
        <source>That PIN is not right. Wait {0} minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="261"/>
        <source>You can type the PIN again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineBridge</name>
    <message>
        <location filename="../../facestation/station/pipeline_bridge.py" line="283"/>
        <source>The camera is not running. Choose a camera or load a photo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/pipeline_bridge.py" line="395"/>
        <source>Something went wrong while checking the picture; the camera keeps running. If this keeps happening, restart the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/pipeline_bridge.py" line="410"/>
        <source>No face to photograph. Ask the person to look at the camera, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/pipeline_bridge.py" line="426"/>
        <source>The camera or file could not be opened. Choose another camera, or a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QaChecklist</name>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="22"/>
        <source>Face at the right height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="23"/>
        <source>Face in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="24"/>
        <source>Good lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="25"/>
        <source>No red eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="26"/>
        <source>Right distance from the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="27"/>
        <source>Only one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="28"/>
        <source>Looking straight ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="29"/>
        <source>Overall photo quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="60"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="62"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="64"/>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="101"/>
        <location filename="../../facestation/station/widgets/qa_checklist.py" line="102"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtCamera</name>
    <message>
        <location filename="../../facestation/station/qt_camera.py" line="114"/>
        <location filename="../../facestation/station/qt_camera.py" line="313"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/qt_camera.py" line="209"/>
        <source>The camera chosen in the settings is not connected. Plug it in, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/qt_camera.py" line="261"/>
        <source>The camera “{0}” cannot be used{1}. Close other programs that may be using it (video calls, another station window), or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/qt_camera.py" line="271"/>
        <source>The camera “{0}” was unplugged. Plug it in again, or choose another camera in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/qt_camera.py" line="380"/>
        <source>{0} stopped sending pictures. Check its cable, close other programs that may be using it, or choose another camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordView</name>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="80"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="80"/>
        <source>Surnames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="81"/>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="81"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="82"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="82"/>
        <source>Main list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="83"/>
        <source>Attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="87"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="119"/>
        <location filename="../../facestation/station/widgets/record_view.py" line="123"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="120"/>
        <source>Active: can be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="121"/>
        <source>Turned off: is not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="126"/>
        <source>No file attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/record_view.py" line="136"/>
        <source>The photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPanel</name>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="348"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="349"/>
        <source>Find a person to see their photo and details, correct them, or delete them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="350"/>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="351"/>
        <source>Name, member number or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="352"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="353"/>
        <source>Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="355"/>
        <source>This service finds people only by their exact number or record id. Type or scan the whole number and press Search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="357"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="357"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="357"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="358"/>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="360"/>
        <source>Search for a person, then choose them in the list to see their photo and details here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="361"/>
        <source>Ed&amp;it details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="362"/>
        <source>Replace &amp;photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="363"/>
        <source>Choose a new photo file; the service checks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="364"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="767"/>
        <source>&amp;Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="365"/>
        <source>Save file &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="366"/>
        <source>Save cha&amp;nges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="368"/>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="462"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="535"/>
        <source>Nobody has the number or record id “{0}”. Check it and search again; names cannot be searched on this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="560"/>
        <source>Loading more people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="568"/>
        <source>No connection: searching needs the service, so the list below may be out of date. Changes you make now are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="581"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="581"/>
        <source>Turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="599"/>
        <source>{0} (deletion waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="601"/>
        <source>{0} (change waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="609"/>
        <source>Found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="609"/>
        <source>Type the whole number or record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="611"/>
        <source>Nobody found. Check the spelling, or search for part of the name or number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="612"/>
        <source>Nobody is enrolled yet. Enrol people on the Enrol page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="614"/>
        <source>Newest first: {0} of {1} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="616"/>
        <source>Showing {0} of {1} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="618"/>
        <source>{0} people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="618"/>
        <source>1 person found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="663"/>
        <source>Loading the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="712"/>
        <source>This person was deleted meanwhile. Search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="743"/>
        <source>No connection: deleting this person is kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="746"/>
        <source>Change waiting to be sent: the details shown are kept on this station and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="764"/>
        <source>This person has no attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="753"/>
        <source>Turn o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="754"/>
        <source>Recognise this person again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="756"/>
        <source>Turn o&amp;ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="757"/>
        <source>Keep the record but stop recognising this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="858"/>
        <source>Keeping the change on this station…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="874"/>
        <source>No connection: the change is kept and sent when the service answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="889"/>
        <source>No connection, and the change could not be kept on this station either: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="938"/>
        <source>{0} is recognised again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="939"/>
        <source>{0} is turned off: the record stays, but they are not recognised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="950"/>
        <source>Turning on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="950"/>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="961"/>
        <source>Loading the person&apos;s lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1009"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1070"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1114"/>
        <source>The changes to {0} are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1134"/>
        <source>This service cannot take a person out of a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1136"/>
        <source>The details are saved, but the lists were not changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1143"/>
        <source>Changing the lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1159"/>
        <source>Choose the new photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1179"/>
        <source>Reading the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1185"/>
        <source>“{0}” cannot be used: {1}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1211"/>
        <source>Checking and saving the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1204"/>
        <source>The new photo of {0} is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="785"/>
        <source>A program: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="785"/>
        <source>A script: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="786"/>
        <source>A shortcut: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="787"/>
        <source>A web page: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="788"/>
        <source>An office file: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="789"/>
        <source>An archive: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="790"/>
        <source>Not opened here: save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="794"/>
        <source>This file is not what its name says, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="797"/>
        <source>FaceStation opens only PDF files, pictures and plain text, so it only saves this file. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="799"/>
        <source>This file type could run programs, so FaceStation only saves it. Open it yourself only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1226"/>
        <source>it is bigger than {0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1227"/>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1231"/>
        <source>No face was found in this photo. Choose a photo where the face is clearly visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1233"/>
        <source>There is more than one face in this photo. Choose a photo of this person alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1235"/>
        <source>The face is too small in this photo. Choose a closer photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1236"/>
        <source>This file is not a photo the service can read. Choose a JPEG or PNG photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1237"/>
        <location filename="../../facestation/station/panels/records.py" line="1239"/>
        <source>This photo is too large. Choose a smaller one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1238"/>
        <source>This photo could not be sent. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1241"/>
        <source>The service did not accept this photo: {0}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1252"/>
        <source> (number {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1254"/>
        <source>Delete this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1255"/>
        <source>Delete {0}{1} with their photo and attached file? They will no longer be recognised. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1257"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1257"/>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1276"/>
        <source>{0} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1288"/>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1297"/>
        <source>Save the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1315"/>
        <source>Saved “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1318"/>
        <source>The file could not be saved in {0}: {1}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1323"/>
        <source>Saving the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1339"/>
        <source>The file could not be opened: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1342"/>
        <source>No program on this computer opens “{0}”. Use Save file… and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/records.py" line="1347"/>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="285"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="287"/>
        <source>Compare the two photos (and the person&apos;s ID document if you can), then decide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="288"/>
        <source>Re&amp;ason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="289"/>
        <source>Checked the ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="289"/>
        <source>The enrolled photo is old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="290"/>
        <source>A different face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="290"/>
        <source>The person left before the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="297"/>
        <source>Choose or type a short reason (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="298"/>
        <source>&amp;Confirm: same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="299"/>
        <source>Re&amp;ject: not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="300"/>
        <source>Ne&amp;xt person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="301"/>
        <source>Clear this result now and get ready for the next person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="310"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="310"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="311"/>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="311"/>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="316"/>
        <source>This is the expected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="317"/>
        <source>The face matches the reference photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="318"/>
        <source>This person is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="320"/>
        <source>The faces are alike, but not enough to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="323"/>
        <source>This is not the expected person. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="325"/>
        <source>The face does not match the reference photo. Check the ID document by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="327"/>
        <source>Nobody on the list matches this face. Check their ID document, or ask a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="334"/>
        <source>There is no clear face in the reference photo. Use a sharper photo of the ID document and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="337"/>
        <source>No face was found in the photo. Ask the person to look at the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="339"/>
        <source>More than one face is in the photo. Make sure only this person is in front of the camera and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="342"/>
        <source>This person&apos;s record is switched off, so they cannot be verified. Ask an administrator to switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="345"/>
        <source>This person has no enrolled photo. Enrol a photo for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="347"/>
        <source>Nobody on this list can be checked yet. Add people to the list on the Lists page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="350"/>
        <source>The comparison was not made ({0}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="351"/>
        <source>The comparison was not made. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="528"/>
        <source>Waiting for your decision: confirm or reject above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../facestation/station/widgets/result_card.py" line="530"/>
        <source>Clears in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="543"/>
        <source>Reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="545"/>
        <source>Enrolled photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="546"/>
        <source>Photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="549"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="560"/>
        <source>No result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="573"/>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="576"/>
        <source>Number: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="581"/>
        <source>✓ You confirmed: same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="583"/>
        <source>✗ You rejected: not the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/widgets/result_card.py" line="585"/>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="622"/>
        <source>FaceStation: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="624"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="625"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="625"/>
        <source>&amp;Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="625"/>
        <source>&amp;Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="626"/>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="626"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="626"/>
        <source>&amp;Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="626"/>
        <source>P&amp;rivacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="627"/>
        <source>Cop&amp;y settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="630"/>
        <source>Save keeps the changes on every section; Cancel forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="631"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="632"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="634"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="635"/>
        <source>Where this station checks faces and keeps the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="636"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="637"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="638"/>
        <source>Cha&amp;nge server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="640"/>
        <source>Sets up the connection again, as on the first start. Changes on the other sections that are not saved yet are forgotten, and the operator signs in again afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="643"/>
        <source>Copy to other stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="645"/>
        <source>Set up one station, export its settings to a file, and import that file on the next station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="646"/>
        <source>E&amp;xport settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="647"/>
        <source>&amp;Import settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="649"/>
        <source>The file holds the camera quality, photo checks, times, privacy, look and kiosk mode. It never holds the admin PIN, passwords or the client secret; each station keeps its own server and camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="651"/>
        <source>&amp;Use these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="652"/>
        <source>&amp;Do not import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="655"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="656"/>
        <source>The camera that takes the portraits. Choose a photo or video file to try the station without a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="658"/>
        <source>Camera to &amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="659"/>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="660"/>
        <source>&amp;Mirror the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="661"/>
        <source>People see themselves as in a mirror, which feels natural. The photo that is saved is never mirrored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="666"/>
        <source>Photo checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="667"/>
        <source>When every check passes, the station can take the photo by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="668"/>
        <source>Take the photo a&amp;utomatically when every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="669"/>
        <source>&amp;Frames to hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="670"/>
        <source> frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="671"/>
        <source>Allowed &amp;movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="672"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="674"/>
        <source>How far the face may drift while the photo is being taken, as a share of the face&apos;s width. Smaller is stricter; the default, 7.5&#xa0;%, allows for breathing and a slight sway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="678"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="679"/>
        <source>When the station clears the screen by itself, for privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="680"/>
        <source>&amp;Lock the station after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="681"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="682"/>
        <location filename="../../facestation/station/dialogs/settings.py" line="687"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="684"/>
        <source>Without a touch or key press for this long, the operator is signed out. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="685"/>
        <source>Clear a &amp;result after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="686"/>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="689"/>
        <source>A check&apos;s result (name, photo, match) disappears from the screen after this long. 0 means never.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="691"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="692"/>
        <source>The language and colours of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="693"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="694"/>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="695"/>
        <source>The new language shows as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="696"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="697"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="697"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="697"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="700"/>
        <source>High contrast: white and yellow on black, for people who see less well. The new colours show as soon as you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="703"/>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="704"/>
        <source>What the operator confirms before a person&apos;s face is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="705"/>
        <source>Ask for the person&apos;s &amp;consent before enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="706"/>
        <source>&amp;What the operator confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="708"/>
        <source>The Enrol page shows this sentence with a tick box; Enrol works only once it is ticked, and the activity log records that it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="711"/>
        <location filename="../../facestation/station/dialogs/settings.py" line="1134"/>
        <source>Kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="712"/>
        <source>For a station that stands at the desk all day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="713"/>
        <source>&amp;Full-screen kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="715"/>
        <source>The station fills the screen and cannot be closed or left without the admin PIN. Turn it off to use the computer for other things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="721"/>
        <source>FaceCheck hosted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="724"/>
        <source>The built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="725"/>
        <source>not running at the moment (it starts with the station)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="728"/>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="732"/>
        <source>{0} × {1} (fastest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="732"/>
        <source>{0} × {1} (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="733"/>
        <source>{0} × {1} (sharpest, slower)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="736"/>
        <source>{0} × {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="742"/>
        <source>How many checked frames in a row must pass with the head still: {0} is about {1:.1f} s. More is steadier but slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="748"/>
        <source>This station was started with a camera of its own choosing ({0}): it uses that one until it is started without it. The choice here is kept for then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="752"/>
        <source>Looking for cameras…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="755"/>
        <source>No camera found. Connect a USB camera and open the settings again, or choose a photo or video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="758"/>
        <source>The camera starts again with the new choice when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="826"/>
        <source>Chosen camera (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="943"/>
        <source>Choose a photo or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="946"/>
        <source>Photos and videos ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="946"/>
        <location filename="../../facestation/station/dialogs/settings.py" line="1051"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1009"/>
        <source>These settings cannot be used: {0}. Correct them and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1017"/>
        <location filename="../../facestation/station/dialogs/settings.py" line="1150"/>
        <source>Saving the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1038"/>
        <source>The settings were not saved. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1051"/>
        <source>Station settings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1059"/>
        <source>Export the settings to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1066"/>
        <source>Choose a settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1079"/>
        <source>These settings cannot be exported: {0}. Correct them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1085"/>
        <source>Exporting the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1090"/>
        <source>Exported to {0}. On the next station: Settings, Server, Import settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1099"/>
        <source>Reading the settings file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1113"/>
        <source>This station already has the settings in that file: nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1116"/>
        <source>The file changes the settings listed below. Press Use these settings to save them now (changes not saved yet on the other sections are forgotten), or Do not import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1128"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1128"/>
        <source>Mirror the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1129"/>
        <source>Automatic photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1129"/>
        <source>Frames to hold still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1130"/>
        <source>Allowed movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1130"/>
        <source>Lock after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1131"/>
        <source>Clear a result after (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1132"/>
        <source>Ask for consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1132"/>
        <source>Consent sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1133"/>
        <source>Member number pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1133"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1134"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1135"/>
        <source>Remember the operator&apos;s password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1156"/>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1161"/>
        <source>This file cannot be imported. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/settings.py" line="1163"/>
        <source>The file could not be written ({0}). Choose another folder, or a USB stick that is not write-protected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="98"/>
        <source>FaceStation: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="99"/>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="106"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="100"/>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="101"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="103"/>
        <source>Next: the station&apos;s main window opens. Forgot your password? Your administrator can set a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="104"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="105"/>
        <source>Start the service again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="108"/>
        <source>Service: FaceCheck hosted service ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="111"/>
        <source>Service: the built-in service on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="158"/>
        <source>Starting the built-in service… You can already type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="160"/>
        <source>Connected. Type your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="162"/>
        <source>Not connected to the service yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="179"/>
        <source>Type your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="183"/>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="186"/>
        <source>The station is still connecting to the service: wait a moment, then press Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="191"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="203"/>
        <source>The user name or password is not right. Check them (capital letters count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/dialogs/sign_in.py" line="206"/>
        <source>If they are right, the station&apos;s client id or secret may be wrong: ask your administrator to check the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../../facestation/station/single_instance.py" line="69"/>
        <source>FaceStation is already running on this computer. Use the FaceStation window that is already open; if you cannot see it, look for it in the taskbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <location filename="../../facestation/station/app.py" line="235"/>
        <source>The activity log cannot be opened right now, so this session is not logged; the file was left as it is. Tell your administrator ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="239"/>
        <source>The activity log could not be read and was set aside as {0} for your administrator; a new log has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="337"/>
        <source>Camera chosen at start: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="370"/>
        <source>You are signed out. The next operator can sign in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="381"/>
        <source>The station locked itself after {0} minute(s) without use. Sign in to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="421"/>
        <source>Type the admin PIN to see the activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="475"/>
        <source>{0} change(s) kept on this station were refused by the service. Click “Pending” to correct or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="478"/>
        <source>Everything kept on this station while offline has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="550"/>
        <source>The built-in service stopped answering; the station is restarting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="556"/>
        <source>The FaceCheck service does not answer. Check the network; the station keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="564"/>
        <source>The built-in service was restarted. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="569"/>
        <source>The built-in service was restarted and is working again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="585"/>
        <source>Your session has ended. Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/app.py" line="602"/>
        <source>Type the admin PIN to close the station.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="362"/>
        <source>Against a &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="364"/>
        <source>Check that the person is who their member or employee number says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="365"/>
        <source>Against a ph&amp;oto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="367"/>
        <source>Compare the person with a photo, for example the one on their ID document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="368"/>
        <source>Against a l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="369"/>
        <source>Find out who on a list this person is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="370"/>
        <source>Person&apos;s &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="371"/>
        <source>Type or scan the number, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="372"/>
        <source>Look &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="373"/>
        <source>C&amp;hoose photo file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="374"/>
        <source>A scan or photo of the ID document, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="375"/>
        <source>Use the ca&amp;mera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="377"/>
        <source>Hold the ID document&apos;s photo up to the camera; it becomes the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="378"/>
        <source>List to check a&amp;gainst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="379"/>
        <source>Choose a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="380"/>
        <source>Tr&amp;y again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="382"/>
        <source>Verify a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="531"/>
        <source>Type or scan the person&apos;s number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="543"/>
        <location filename="../../facestation/station/panels/verify.py" line="995"/>
        <source>Looking up the person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="556"/>
        <location filename="../../facestation/station/panels/verify.py" line="854"/>
        <source>No person with number {0}. Check the number, or enrol the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="580"/>
        <source>Expected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="589"/>
        <location filename="../../facestation/station/panels/verify.py" line="679"/>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="595"/>
        <source>Expected person, number {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="597"/>
        <source>This record is switched off: the check will not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="608"/>
        <source>Choose the reference photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="638"/>
        <source>Reading the reference photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="639"/>
        <source>Reading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="648"/>
        <source>This file cannot be used as a photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="650"/>
        <source>The file cannot be opened. Check that it is still there, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="685"/>
        <source>Hold the photo up to the camera. It is taken by itself, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="687"/>
        <source>No reference photo yet: choose a file, or take it with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="689"/>
        <source>Reference photo: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="691"/>
        <source>Reference photo taken with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="720"/>
        <source>{0} (1 person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="722"/>
        <source>{0} ({1} people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="733"/>
        <source>There are no lists yet. Create one on the Lists page and add people to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="802"/>
        <source>Checking the face…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="863"/>
        <source>The list “{0}” no longer exists. Choose another list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="907"/>
        <source>No connection: checking a face needs the service. Enrolments and changes made now are kept and sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="910"/>
        <source>No connection: checking a face needs the service. Wait until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="973"/>
        <source>Compare the two photos, then confirm or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="974"/>
        <source>Press “Next person” when you are done, or wait: the result clears by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="976"/>
        <source>Checking the face… The camera keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="978"/>
        <source>Wait for the connection: the check starts by itself when the service answers, or press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="980"/>
        <source>Checks wait for the connection. Meanwhile you can enrol people and change records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="982"/>
        <source>The check did not work. See below, then press “Try again”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="984"/>
        <source>The check was cancelled. Press “Try again”, or retake the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="987"/>
        <source>Checking the photo file: it is taken by itself when the face is clear, or press “Take photo now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="990"/>
        <source>Ask the person to look at the camera. The photo is taken by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="992"/>
        <source>No camera: load the person&apos;s photo with “Load photo from file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="998"/>
        <source>Photo taken. Now type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="999"/>
        <source>Type or scan the person&apos;s number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="1003"/>
        <source>First the reference: hold the ID document&apos;s photo up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="1006"/>
        <source>Photo taken. Now choose the reference photo: a file, or with the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="1007"/>
        <source>First choose the reference photo (for example from the ID document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="1011"/>
        <source>There is no list to check against yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../facestation/station/panels/verify.py" line="1012"/>
        <source>Choose the list to check against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Dialog</name>
    <message>
        <location filename="../../facestation/station/panels/lists.py" line="217"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
