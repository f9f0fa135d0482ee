; FaceStation for Windows: Inno Setup 6 script. Build the frozen app first (python packaging\build.py), then:
;
;     iscc /DAppVersion=0.1.0 packaging\installer.iss          (python packaging\build.py --installer does both)
;
; Result: dist\installer\FaceStation-Setup-<version>.exe. See packaging\README.md.
;
; What it does: installs dist\FaceStation\ for all users under Program Files (needs an administrator), a Start menu
; entry, optionally a desktop icon and "start with Windows" in kiosk mode; refuses to install or uninstall while a
; station runs (AppMutex). What it does NOT do: touch user data (the database, settings, secrets, logs and
; audit log live in each user's %LOCALAPPDATA%\FaceStation and stay after uninstalling), open the firewall, set
; up a kiosk account, or install camera drivers.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  ; The PyInstaller output, relative to this file.
  #define DistDir "..\dist\FaceStation"
#endif
#define AppName "FaceStation"
#define StationExe "facestation-station.exe"
; Must equal MUTEX_NAME in facestation/station/ui/single_instance.py: the station creates it in its session and
; under Global\ (tests/station/ui/test_single_instance.py checks that the two agree).
#define StationMutex "FaceStation.Station.9afdb5ac-2017-4c18-9c06-4a13843208e3"

[Setup]
; Fixed for ever: Windows recognises upgrades and the uninstaller by it. Never change it, never reuse it.
AppId={{742A3569-AAFE-4BC8-B866-1431B1135F8A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=FaceStation
VersionInfoVersion={#AppVersion}
; Per-machine: Program Files, all users' Start menu; a standard (kiosk) user cannot change or remove it.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
AppMutex={#StationMutex},Global\{#StationMutex}
; Upgrades: Setup asks to close a running station (AppMutex); Restart Manager would kill it without the PIN.
CloseApplications=no
UninstallDisplayIcon={app}\{#StationExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist\installer
OutputBaseFilename=FaceStation-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[CustomMessages]
en.TaskAutostart=Start FaceStation in kiosk mode when anyone signs in to Windows
es.TaskAutostart=Iniciar FaceStation en modo quiosco al iniciar sesión en Windows
en.TaskDesktopIcon=Create a desktop icon
es.TaskDesktopIcon=Crear un icono en el escritorio
en.GroupKiosk=Kiosk:
es.GroupKiosk=Quiosco:
en.RunStation=Open FaceStation now
es.RunStation=Abrir FaceStation ahora
en.ServiceShortcut=FaceStation command prompt
es.ServiceShortcut=Símbolo del sistema de FaceStation

[Tasks]
Name: "desktopicon"; Description: "{cm:TaskDesktopIcon}"; Flags: unchecked
Name: "autostart"; Description: "{cm:TaskAutostart}"; GroupDescription: "{cm:GroupKiosk}"; Flags: unchecked

[Files]
; The whole one-folder build: facestation.exe (console: subcommands, the built-in service), facestation-station.exe
; (the window, no console) and _internal\. Replaced whole on upgrade.
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not leave libraries of the previous version next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#StationExe}"; WorkingDir: "{app}"
; A console in the install folder, for `facestation check`, `facestation serve`, `facestation admin`.
Name: "{autoprograms}\{cm:ServiceShortcut}"; Filename: "{cmd}"; Parameters: "/k facestation.exe --help"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#StationExe}"; WorkingDir: "{app}"; Tasks: desktopicon
; Every user's Startup folder: the kiosk account starts the station full screen, closed only with the admin PIN.
Name: "{commonstartup}\{#AppName} (kiosk)"; Filename: "{app}\{#StationExe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: autostart

[Run]
; As the user who started Setup, not the elevated administrator: the station's settings belong to that user.
Filename: "{app}\{#StationExe}"; Description: "{cm:RunStation}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; No [UninstallDelete]: the uninstaller removes only what Setup installed. Each user's %LOCALAPPDATA%\FaceStation
; (settings, the built-in service's database and key, logs, the audit log) and %APPDATA%\FaceStation stay, so a
; reinstall or an upgrade finds its people and accounts again. README: how to remove them by hand.
