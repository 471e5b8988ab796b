# 목록 읽는 방식: "가, 나, 다".

words-list-separator = {", "}
words-list-and = { $first }, { $last }
# 세 자리마다 넣는 구분 기호: 2,143.
words-thousands-separator = {","}
