; Inno Setup 6 script of the ExitPlanner installer for Windows.
;
; Input: the PyInstaller one-dir bundle in dist\exitplanner\ (scripts/build-bundle.sh or
; packaging/ci/build-installers.yml) and build\exitplanner.ico. Build from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\exitplanner.iss
; Output: dist\ExitPlanner-<version>-setup.exe
; Saved as UTF-8 with a BOM: Inno Setup then reads the French texts (é, ’, no-break spaces) correctly.
;
; Why these choices:
; - per-user install (PrivilegesRequired=lowest): communication officers of a town hall rarely have
;   administrator rights; the app goes to %LOCALAPPDATA%\Programs\ExitPlanner, no UAC prompt.
;   An administrator can still install for all users (the dialog offers it; /ALLUSERS on the command line).
; - French first: the installer follows Windows' language, French when it is French, else English.
; - Checked on Linux under Wine with a stand-in program: packaging/windows/check-installer.sh.
; - Signing: the CI signs exitplanner.exe before this script runs and the setup after it
;   (signtool, only when the certificate secret is configured). Locally, define SignToolName to sign
;   from here: iscc /DSignToolName=mysign "/Smysign=signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /f cert.pfx /p PASSWORD $f" ...

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
; The folder of the frozen app; check-installer.sh passes a stand-in one (/DBundleDir=...).
#ifndef BundleDir
  #define BundleDir "dist\exitplanner"
#endif
#define AppName "ExitPlanner"
#define AppExe "exitplanner.exe"
#define ProgId "ExitPlanner.Plan"

[Setup]
; A fixed AppId: upgrades replace the previous version instead of installing beside it. Never change it.
AppId={{6F0E2B0C-5C55-4C7E-9E38-2A41B7A0E5F1}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ExitPlanner
AppPublisherURL=https://github.com/exitplanner/exitplanner
AppSupportURL=https://github.com/exitplanner/exitplanner/issues
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoProductVersion={#AppVersion}
VersionInfoDescription={#AppName} installer
VersionInfoCompany=ExitPlanner
VersionInfoCopyright=MIT licence
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for an all-users one.
; check-installer.sh (Linux, Wine 8) defines UnderWine: Wine does not implement that known folder
; (FOLDERID_UserProgramFiles), so the check names the same per-user folder through {localappdata}.
; A real build never defines it.
#ifdef UnderWine
DefaultDirName={localappdata}\Programs\{#AppName}
#else
DefaultDirName={autopf}\{#AppName}
#endif
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=ExitPlanner-{#AppVersion}-setup
SetupIconFile=build\exitplanner.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The language dialog only when Windows' language is neither French nor English; otherwise the installer
; simply speaks the user's language (the default, "yes", always asks first).
ShowLanguageDialog=auto
; Tell Explorer that file associations changed (icons, "Open with").
ChangesAssociations=yes
#ifdef SignToolName
SignTool={#SignToolName}
SignedUninstaller=yes
#endif

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.AssociatePlans=Ouvrir les plans (.exitplan) avec ExitPlanner par un double-clic
en.AssociatePlans=Open plans (.exitplan) in ExitPlanner with a double-click
fr.PlanFile=Plan de départ de X (ExitPlanner)
en.PlanFile=ExitPlanner plan (leaving X)
fr.FileTypes=Fichiers :
en.FileTypes=Files:
fr.LaunchApp=Lancer ExitPlanner
en.LaunchApp=Start ExitPlanner

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociatePlans}"; GroupDescription: "{cm:FileTypes}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; A plan is "<authority>.exitplan": an extension of its own, so ExitPlanner can be its default program
; and a double-click opens it. HKA is HKCU for a per-user install, HKLM for an all-users one.
; The ProgId describes the file type (name, icon, how to open it); it is ours and goes with the uninstaller.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate
; .exitplan points at the ProgId. Not "uninsdeletevalue": if another program has taken .exitplan since,
; its default must survive our uninstaller; [Code] below removes the default only while it is still ours,
; then the key goes when nothing else is left in it.
Root: HKA; Subkey: "Software\Classes\.exitplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.exitplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
; Plans saved by earlier versions (villeneuve.exitplan.json) are ".json" to Windows, which only knows a
; file's last extension: ExitPlanner joins the "Open with" list of .json files without becoming their
; default program.
Root: HKA; Subkey: "Software\Classes\.json"; Flags: uninsdeletekeyifempty; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty; Tasks: associate
; The program's own entry in "Open with" (its name and the types it can open).
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".exitplan"; ValueData: ""; Tasks: associate
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program folder only. Plans, settings and logs in the user's profile
; (%LOCALAPPDATA%\ExitPlanner\exitplanner) are the user's work and are kept; the saved connections
; live in the Windows Credential Locker and are removed from the app (Forget this account).

[Code]
const
  PlanExtensionKey = 'Software\Classes\.exitplan';

{ Runs before the uninstaller's own registry clean-up: .exitplan loses its default program only when
  that default is still ExitPlanner's, so the key can then go with uninsdeletekeyifempty. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Current: String;
begin
  if CurUninstallStep = usUninstall then
    if RegQueryStringValue(HKA, PlanExtensionKey, '', Current) and (CompareText(Current, '{#ProgId}') = 0) then
      RegDeleteValue(HKA, PlanExtensionKey, '');
end;
