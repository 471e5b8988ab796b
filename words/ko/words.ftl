# 목록 읽는 방식: "가, 나, 다".

# 세 자리마다 넣는 구분 기호: 2,143.
words-thousands-separator = {","}

# 경고 앞머리입니다. 경고를 내는 실행은 대개 다른 말을 하지 않으므로 이 작은 파일에 둡니다.
words-warning = 경고: { $message }
