"""The main window's pages: Enrol, Verify, Records and Lists. Each is a `base.Panel` built on a `StationContext`
(session, operations helper, camera choice, list directory); the main window shows one at a time and tells it
when it is shown (`activate`) or hidden (`deactivate`), and when everything personal must go
(`clear_personal_data`, at sign-out and idle lock)."""
