# 각 형식이 만들어 낸 결과에 대해 알리는 내용.

format-whole-only = --format { $format } 출력에는 항상 편지 전체가 들어갑니다. --part 옵션을 빼거나 --format text 형식을 쓰세요
format-no-from = 메시지에 From: 주소가 없습니다. --from ADDR 옵션을 쓰거나 SISTER_LETTER_FROM 환경 변수를 설정하세요
format-no-recipient-address = 이메일 주소가 등록된 받는 곳이 없어, 받는 사람(To) 주소가 빈 초안 메시지가 됩니다. --to ADDR 옵션으로 주소를 추가하세요
format-mailto-too-long = mailto 링크의 길이가 { $length }자입니다. 많은 메일 앱이 { $limit }자가 넘는 링크를 잘라 냅니다. --format eml 형식을 쓰거나 --copy 옵션으로 본문을 복사하세요
format-cannot-build-message = 메시지를 만들 수 없습니다: { $why }
format-post-tags-none = 게시물에 태그한 계정이 없습니다. 캠페인에 주인이 확인된 계정이 없기 때문입니다. 올리기 전에 아는 기관의 계정(시청, 시장의 계정)을 직접 추가하세요
