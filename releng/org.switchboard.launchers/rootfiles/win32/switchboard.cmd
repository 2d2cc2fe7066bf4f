@echo off
rem Starts Switchboard from an unpacked product archive (Windows): double-click, or run from a command prompt.
rem Data lives in %USERPROFILE%\.switchboard (or %SWITCHBOARD_HOME%), never in the product folder.
rem   switchboard.cmd [application arguments, e.g. -nl zh_CN]
rem   switchboard.cmd dbserver [port] [folder] [host]   (host: this machine only unless an address, or 0.0.0.0, is given)
setlocal EnableDelayedExpansion
set "PRODUCT=%~dp0"
if "%SWITCHBOARD_HOME%"=="" (set "DATA=%USERPROFILE%\.switchboard") else (set "DATA=%SWITCHBOARD_HOME%")

rem The first Java 21+ of: JAVA_HOME, java on the PATH.
set "JAVA="
if not "%JAVA_HOME%"=="" call :check "%JAVA_HOME%\bin\java.exe"
if "%JAVA%"=="" for /f "delims=" %%j in ('where java 2^>nul') do if "!JAVA!"=="" call :check "%%j"
if "%JAVA%"=="" (
  echo Switchboard needs Java 21 or newer, and none was found ^(JAVA_HOME, PATH^).
  echo Get one at https://adoptium.net/temurin/releases/?version=21 ^(choose the .msi, tick "Set JAVA_HOME"^).
  pause
  exit /b 1
)

for %%f in ("%PRODUCT%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
if /i "%~1"=="dbserver" goto dbserver
if not exist "%DATA%" mkdir "%DATA%"
rem Memory (docs/benchmarks.md, P5): the serial collector, whose heap follows the live objects, capped at 192 MB;
rem %SWITCHBOARD_JAVA_OPTIONS% comes after and wins (e.g. -Xmx512m for a site with a very large phonebook).
rem The JIT: with two cores or fewer the client compiler alone, which starts the console sooner there (the optimizing
rem compiler would take one of the two cores for most of the start), with the code cache both compilers get (alone it
rem gets 48 MB, and every 7 MB of new code then cost a full collection); with more cores both, as by default.
set "JIT="
if %NUMBER_OF_PROCESSORS% LEQ 2 set "JIT=-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m"
set "JAVAW=%JAVA:java.exe=javaw.exe%"
start "Switchboard" "%JAVAW%" -Xms96m -Xmx192m -Xmn64m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 %JIT% %SWITCHBOARD_JAVA_OPTIONS% -Dosgi.requiredJavaVersion=21 "-Dswitchboard.home=%DATA%" -jar "%LAUNCHER%" -data "%DATA%\workspace" -user "%DATA%" %*
exit /b 0

:dbserver
set "PORT=1527"
if not "%~2"=="" set "PORT=%~2"
set "DBHOME=%DATA%\dbserver"
if not "%~3"=="" set "DBHOME=%~3"
set "DBHOST=localhost"
if not "%~4"=="" set "DBHOST=%~4"
if not exist "%DBHOME%" mkdir "%DBHOME%"
rem the folder holds the password file and the databases: its owner alone may read it
icacls "%DBHOME%" /inheritance:r /grant:r "%USERNAME%:(OI)(CI)F" >nul
if not exist "%DBHOME%\derby.properties" (
  for /f %%p in ('powershell -NoProfile -Command "-join ((48..57)+(65..90)+(97..122) | Get-Random -Count 20 | %% {[char]$_})"') do set "PASSWORD=%%p"
  > "%DBHOME%\derby.properties" echo derby.connection.requireAuthentication=true
  >> "%DBHOME%\derby.properties" echo derby.authentication.provider=BUILTIN
  >> "%DBHOME%\derby.properties" echo derby.user.switchboard=!PASSWORD!
  echo Created %DBHOME%\derby.properties
  echo Database user: switchboard   password: !PASSWORD!   ^(shown this once^)
)
set "CP="
for %%f in ("%PRODUCT%plugins\derby_*.jar" "%PRODUCT%plugins\org.apache.derby.derbynet_*.jar" "%PRODUCT%plugins\org.apache.derby.derbytools_*.jar" "%PRODUCT%plugins\org.apache.derby.derbyshared_*.jar") do set "CP=!CP!;%%~f"
echo Derby Network Server on %DBHOST%:%PORT%, databases in %DBHOME%
"%JAVA%" "-Dderby.system.home=%DBHOME%" -cp "%CP:~1%" org.apache.derby.drda.NetworkServerControl start -h %DBHOST% -p %PORT%
exit /b %ERRORLEVEL%

:check
set "CANDIDATE=%~1"
set "V="
set "MAJOR="
if not exist "%CANDIDATE%" exit /b 0
for /f "tokens=2 delims==" %%v in ('"%CANDIDATE%" -XshowSettings:properties -version 2^>^&1 ^| findstr /c:"java.specification.version"') do set "V=%%v"
set "V=%V: =%"
for /f "tokens=1 delims=." %%m in ("%V%") do set "MAJOR=%%m"
if "%MAJOR%"=="" exit /b 0
if %MAJOR% GEQ 21 set "JAVA=%CANDIDATE%"
exit /b 0
