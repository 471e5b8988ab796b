# 문장 안의 날짜: 2026년 3월 22일.
date-long = { $year }년 { $month }월 { $day }일
