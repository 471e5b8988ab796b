# 목록 읽는 방식: "가, 나, 다".

words-list-separator = {", "}
words-list-and = { $first }, { $last }
