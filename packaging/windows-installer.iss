; Inno Setup script for Windows workstations: installs the one-folder PyInstaller build
; machine-wide, so every officer on a shared workstation uses the same vault folder
; (%PROGRAMDATA%\radprev\radprev via platformdirs.site_data_dir).
; Build: iscc packaging\windows-installer.iss   (after pyinstaller packaging\radprev.spec)
; Sign radprev-desktop.exe, radprev.exe and the installer with Authenticode before release.
[Setup]
AppName=radprev
AppVersion=0.1.0
DefaultDirName={autopf}\radprev
DefaultGroupName=radprev
PrivilegesRequired=admin
OutputBaseFilename=radprev-setup
Compression=lzma2
SolidCompression=yes

[Files]
Source: "..\dist\radprev\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Dirs]
; The vault folder: created here, locked down by the application (owner-only files).
Name: "{commonappdata}\radprev\radprev"

[Icons]
Name: "{group}\radprev"; Filename: "{app}\radprev-desktop.exe"
Name: "{commondesktop}\radprev"; Filename: "{app}\radprev-desktop.exe"
