# 인쇄한 편지의 말.

page-subject = 제목: { $subject }
# 한국어 편지는 날짜만 씁니다: 2026년 11월 25일.
page-place-date = { $date }
page-date = { $date }
page-original = 원본 서한입니다. 앞의 글은 이 서한을 옮긴 것입니다.
