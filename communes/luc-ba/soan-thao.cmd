@echo off
rem Soan thao: double-click to open the commune's editor in the browser (http://localhost:8080/soan/).
rem It runs the preview (mvnw jetty:run, this computer only) and opens the browser once the editor answers.
rem Close this window to stop it.
cd /d "%~dp0"
chcp 65001 >nul
echo Dang mo trinh soan thao tai http://localhost:8080/soan/ (lan dau co the mat vai phut) ...
start "" /b powershell -NoProfile -ExecutionPolicy Bypass -Command "for($i=0;$i -lt 600;$i++){try{Invoke-WebRequest -UseBasicParsing -TimeoutSec 2 http://localhost:8080/soan/ | Out-Null; Start-Process 'http://localhost:8080/soan/'; exit}catch{Start-Sleep -Seconds 1}}"
call mvnw.cmd -q jetty:run %*
