# 터미널에서 답 읽기.

# 입력 질문이 줄에 표시되는 모양입니다. 프로그램이 뒤에 공백을 하나 붙입니다.
prompt-line = { $prompt }:
prompt-line-default = { $prompt } [{ $default }]:
prompt-cannot-read = 터미널에서 입력을 읽을 수 없습니다: { $why }
prompt-yes-no-default-yes = [Y/n]
prompt-yes-no-default-no = [y/N]
# 예와 아니요로 받아들이는 답. 쉼표로 구분하고 소문자로 씁니다.
prompt-yes-words = y, yes, 예, 네, ㅇ
prompt-no-words = n, no, 아니요, 아니오, ㄴ
prompt-yes = 예
prompt-no = 아니요
prompt-answer-yes-or-no = y(예)나 n(아니요) 중 하나를 입력하세요
prompt-terminal-too-small = 터미널이 너무 작아 선택지를 보여 줄 수 없습니다. 터미널 높이를 { $rows }줄 이상으로 늘리거나 답을 옵션으로 주세요(--help 참고)
