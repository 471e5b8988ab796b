# 클립보드와, 백그라운드에서 클립보드를 유지하는 도우미.

clipboard-no-display = 그래픽 세션이 없습니다(DISPLAY도 WAYLAND_DISPLAY도 설정되어 있지 않습니다)
clipboard-no-program = 클립보드 도우미를 시작할 이 프로그램의 실행 파일을 찾을 수 없습니다: { $why }
clipboard-cannot-start = 클립보드 도우미를 시작할 수 없습니다: { $why }
clipboard-cannot-talk = 클립보드 도우미와 통신할 수 없습니다
clipboard-no-answer = 클립보드 도우미가 응답하지 않았습니다
clipboard-not-by-hand = { $command } 명령은 `sister-letter --copy`로 복사한 텍스트를 유지하는 데 쓰입니다. 직접 실행하는 명령이 아닙니다
clipboard-cannot-read = 복사할 텍스트를 읽을 수 없습니다: { $why }
clipboard-none = 클립보드를 사용할 수 없습니다
clipboard-wayland = Wayland 디스플레이 { $display }
clipboard-x = X 디스플레이 { $display }
clipboard-display = 디스플레이
clipboard-not-supported = { $display }에는 이 프로그램이 사용할 수 있는 클립보드가 없습니다(Wayland 컴포지터는 data-control 프로토콜을 지원해야 합니다)
clipboard-occupied = 다른 프로그램이 클립보드를 잠그고 있습니다
clipboard-unreachable = { $display }에 연결할 수 없습니다
