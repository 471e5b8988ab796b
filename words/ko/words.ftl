# 목록 읽는 방식: "가, 나, 다".

words-list-separator = {", "}
words-list-and = { $first }, { $last }
# 세 자리마다 넣는 구분 기호: 2,143.
words-thousands-separator = {","}

# 경고 앞머리입니다. 경고를 내는 실행은 대개 다른 말을 하지 않으므로 이 작은 파일에 둡니다.
words-warning = 경고: { $message }

# 문장 안에서 부르는 언어 이름("한국어 글"). 프로그램이 모르는 언어는 캠페인이 부르는 이름을 씁니다.
words-language = { $code ->
    [en] 영어
    [fr] 프랑스어
    [ko] 한국어
   *[other] { $name }
}

# 문장 안의 날짜: 2026년 3월 22일.
words-date = { $year }년 { $month }월 { $day }일
