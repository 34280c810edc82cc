@echo off
rem labinov command-line tool launcher (Windows). Needs Java 17 or newer.
setlocal
set "JAR=%~dp0..\lib\labinov.jar"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %LABINOV_OPTS% -Dfile.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
