"""Everything Qt of the station: the application, the main window, pages, dialogs, widgets and the UI kit."""
