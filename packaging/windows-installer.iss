; Inno Setup 6 script: radprev on a Windows workstation, machine-wide, 64-bit.
;
; Build (on Windows, after `make dist` there, i.e. scripts\build_dist.sh under Git Bash,
; or pyinstaller packaging\radprev.spec + scripts\collect_licences.py):
;   iscc /DAppVersion=%VERSION% packaging\windows-installer.iss
; where %VERSION% is the content of dist\radprev\VERSION (written from
; radprev_desktop.__version__, the one version source). Output: dist\radprev-setup-<version>.exe
;
; Signing (Authenticode, before anything leaves the build machine):
;   The code-signing certificate stays on the build machine's hardware token or in its
;   "Personal" certificate store (never in the repository or on a share). Register the tool
;   once in the Inno Setup IDE (Tools > Configure Sign Tools) or on the command line:
;     iscc "/Ssigntool=signtool.exe sign /fd SHA256 /tr http://timestamp.example /td SHA256 /a $f" ...
;   `SignTool=signtool` below then signs the uninstaller and the setup program;
;   sign dist\radprev\radprev.exe and radprev-desktop.exe first with the same command.
;   Check: signtool verify /pa /v dist\radprev-setup-<version>.exe
;
; Silent install (software distribution, e.g. SCCM/Intune/GPO):
;   radprev-setup-<version>.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /LOG="C:\Windows\Temp\radprev-setup.log"
;   optional: /LANG=polish  /DIR="D:\Programs\radprev"  /TASKS="desktopicon"
; Silent uninstall:
;   "C:\Program Files\radprev\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The vault is NOT in the program folder: it is %ProgramData%\radprev\vault, shared by every
; officer who logs on to this workstation (radprev_desktop/core/vault_folder.py). The
; installer creates it with an ACL that gives the local group "Users" modify rights and
; removes inheritance from ProgramData, so other machines' accounts and "Everyone" have no
; access; a domain may narrow it to a group of officers (see README, Installing on
; workstations). Uninstalling keeps the vault and says so.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<dist\radprev\VERSION> packaging\windows-installer.iss
#endif

[Setup]
; AppId identifies radprev for upgrades and uninstall: never change it.
AppId={{6F1C2B9E-4B7A-4C39-9E0D-5A1F3C7D2B84}
AppName=radprev
AppVersion={#AppVersion}
AppVerName=radprev {#AppVersion}
AppPublisher=radprev
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\radprev
DefaultGroupName=radprev
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=radprev-setup-{#AppVersion}
SetupIconFile=..\radprev_desktop\resources\icons\radprev.ico
UninstallDisplayIcon={app}\radprev-desktop.exe
LicenseFile=..\LICENSE
InfoAfterFile=..\dist\radprev\THIRD-PARTY-NOTICES.txt
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
SignTool=signtool
SignedUninstaller=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[CustomMessages]
english.VaultKept=The vault in %1 was kept: it holds the prison's records. Delete it only after its data has been delivered to the central office and its retention period has ended.
polish.VaultKept=Sejf w folderze %1 został zachowany: zawiera dane jednostki. Usuń go dopiero po przekazaniu danych do biura centralnego i upływie okresu przechowywania.
english.DesktopIcon=Create a desktop icon
polish.DesktopIcon=Utwórz ikonę na pulpicie

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\dist\radprev\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "..\LICENSE"; DestDir: "{app}"; Flags: ignoreversion

[Dirs]
; The shared vault folder. Kept on uninstall (uninsneveruninstall).
Name: "{commonappdata}\radprev"; Flags: uninsneveruninstall
Name: "{commonappdata}\radprev\vault"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\radprev"; Filename: "{app}\radprev-desktop.exe"
Name: "{group}\{cm:UninstallProgram,radprev}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\radprev"; Filename: "{app}\radprev-desktop.exe"; Tasks: desktopicon

[Registry]
; `radprev` on the PATH of every user (command line for IT staff and scripts).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; \
  ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; \
  Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
; ACL of the vault folder: no inheritance from ProgramData; SYSTEM and Administrators full
; control; the workstation's Users modify (create, read, write the vault files); CREATOR OWNER
; full control of what it creates. SIDs, so it works in every Windows language.
Filename: "{sys}\icacls.exe"; \
  Parameters: """{commonappdata}\radprev\vault"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)M *S-1-3-0:(OI)(CI)IO(F)"; \
  Flags: runhidden waituntilterminated; StatusMsg: "Securing the vault folder..."
Filename: "{app}\radprev-desktop.exe"; Description: "{cm:LaunchProgram,radprev}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Path) then
    Result := True
  else
    Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Vault: string;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Vault := ExpandConstant('{commonappdata}\radprev\vault');
    if DirExists(Vault) then
    begin
      Log('radprev: vault kept in ' + Vault);
      if not UninstallSilent then
        MsgBox(FmtMessage(CustomMessage('VaultKept'), [Vault]), mbInformation, MB_OK);
    end;
  end;
end;
