# 출력 결과를 알리는 내용: 저장, 복사, 열기, 그리고 문제가 생겼을 때.

output-saved = 저장했습니다: { $what } → { $path }
output-copied = 클립보드에 복사했습니다: { $what } ({ $count }자)
output-no-clipboard = 사용할 수 있는 클립보드가 없습니다: { $why }. 대신 텍스트를 표준 출력으로 내보냈습니다
output-cannot-write-stdout = 표준 출력에 쓸 수 없습니다: { $why }
output-no-desktop-to-open = 여기에는 파일을 열어 줄 데스크톱 환경이 없습니다. 다음 파일을 직접 여세요: { $path }
output-cannot-open = 파일을 열 수 없습니다: { $path } ({ $why }). 직접 여세요
output-opened = 파일을 열었습니다: { $path }
output-no-desktop-mail = 여기에는 메일 앱을 열어 줄 데스크톱 환경이 없습니다. `--format eml | msmtp -t` 명령으로 메시지를 보내거나, --copy 옵션으로 본문을 복사해 웹메일에 붙여 넣으세요
output-opened-mail-app = 메일 앱에서 편지를 열었습니다
output-too-long-no-clipboard = 편지가 너무 길어 메일 링크에 담을 수 없고, 편지를 옮길 클립보드도 사용할 수 없습니다: { $why }
output-opened-head-paste = 메일 앱에서 받는 사람과 제목이 채워진 새 메시지를 열었습니다. 편지는 클립보드에 있으니 메시지 본문에 붙여 넣으세요
output-handed = { $path } 파일을 { $program }에 넘겼습니다. 10초 안에 프로그램이 열었는지 알려 오지 않았습니다
output-handed-mail-app = 편지를 메일 앱으로 열도록 { $program }에 넘겼습니다. 10초 안에 메일 앱이 열렸는지 알려 오지 않았습니다
output-handed-head-paste = 받는 사람과 제목을 채운 새 메시지를 메일 앱으로 열도록 { $program }에 넘겼습니다. 편지는 클립보드에 있으니 메시지 본문에 붙여 넣으세요
output-cannot-open-mail-app-link = 메일 앱을 열 수 없습니다: { $why }. 대신 mailto 링크를 표준 출력으로 내보냈습니다
output-cannot-open-mail-app-pasted = 메일 앱을 열 수 없습니다: { $why }. 편지는 클립보드에 있으니 새 메시지에 붙여 넣으세요
output-opener-cannot-start = { $program }을 실행할 수 없습니다: { $why }
output-opener-failed = { $program }이 실패로 끝났습니다(종료 코드 { $code })
output-opener-failed-saying = { $program }이 실패로 끝났습니다(종료 코드 { $code }): { $said }
output-opener-stopped = { $program }이 신호를 받아 멈췄습니다
output-sitting-done = 이번에 한 일:
