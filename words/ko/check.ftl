# `check`: 캠페인 파일과 템플릿의 문제를 한 줄에 하나씩 알립니다:
# "letters/x/campaign.toml:3:7: 오류: …".

check-problem = { $place }: { $severity ->
    [error] 오류
    [note] 참고
   *[warning] 경고
}: { $message }

# 캠페인이 언어마다 갖춰야 하는 텍스트. $id는 받는 곳이나 지명의 id, $code는 언어입니다.
check-no-text = { $field ->
    [office] 받는 곳 '{ $id }'의 직책(office)
    [salutation] 받는 곳 '{ $id }'의 인사말(salutation)
    [holder-name] 받는 곳 '{ $id }'의 직을 맡은 사람의 이름(holder.name)
    [holder-salutation] 받는 곳 '{ $id }'의 직을 맡은 사람에게 쓰는 인사말(holder.salutation)
    [place] 지명 '{ $id }'
    [link-title] 링크 제목(link.title)
    [postal-label] 우편 주소 표시 이름(postal.label)
    [postal-country] 우편 주소 나라(postal.country)
    [phone-office] 전화할 기관(phone.office)
   *[phone-place] 전화 지역(phone.place)
}에 '{ $code }' 텍스트가 없습니다

check-recipient-twice = 같은 받는 곳이 두 번 선언되었습니다: '{ $id }'
check-recipient-email = 받는 곳 '{ $id }': { $why }
check-recipient-unknown-language = 받는 곳 '{ $id }': 읽는 언어(reads)에 있는 '{ $code }' 언어는 이 캠페인의 언어가 아닙니다
check-postal-unknown-recipient = '{ $id }'의 우편 주소: 이 id를 가진 받는 곳이 없습니다
check-cities-count = `cities`에는 `[places]`의 장소 두 곳을 적습니다. 주 수신처의 도시를 먼저, 그다음 자매도시를 적습니다. 지금은 { $count }곳입니다
check-cities-unknown-place = `cities`: `[places]`에 id가 '{ $id }'인 장소가 없습니다

# $name은 사람이나 기관의 이름입니다.
check-stale = { $name } 정보를 { $date }에 마지막으로 확인한 뒤 12개월이 넘게 지났습니다
check-stale-campaign = 캠페인을 { $date }에 마지막으로 확인한 뒤 12개월이 넘게 지났습니다
check-term-ended = 자료에 등록된 { $holder } { $office }의 임기는 { $end }까지입니다. 지금 누가 그 직을 맡고 있는지 확인하세요

check-phone-not-international = 국제 형식의 전화번호가 아닙니다: '{ $number }'. +33 5 55 45 60 00처럼 +와 국가 번호를 붙여 쓰세요
check-not-a-time-zone = 시간대가 아닙니다: '{ $zone }'. Europe/Paris 같은 IANA 이름을 쓰세요

check-french-line-too-long = 프랑스 우편 주소 줄 '{ $line }'의 길이가 { $length }자입니다. 프랑스 주소 표준(NF Z 10-011)은 최대 { $max }자까지 허용합니다
check-country-not-capitals = 주소는 대문자로 쓴 나라 이름 줄로 끝나야 합니다. '{ $code }' 텍스트는 '{ $country }'입니다
check-postal-use-country-code = 이 주소는 `convention = "{ $convention }"`로 나라를 나타냅니다. 지금도 작동하지만 `country_code = "{ $code }"`로 바꾸어 쓰세요
check-postal-no-country-code = 이 주소에는 `country_code`(DE 같은 ISO 3166 코드)가 없어, 이곳으로 가는 편지가 국제우편인지 알 수 없고 check가 그 나라의 주소 규칙을 적용할 수 없습니다
check-postal-no-country = 이 주소에는 `country_code`도 `country`도 없습니다. `country_code = "DE"`처럼 ISO 3166 코드를 넣으세요
check-postcode-before-town = 마지막 줄 '{ $line }'에는 { $country } 우편 규칙에 따라 우편번호(다섯 자리)와 도시 이름이 차례로 와야 합니다
check-us-last-line = 마지막 줄 '{ $line }'은(는) "TACOMA WA 98402"처럼 대문자로 "도시 주 ZIP" 형식이어야 합니다 (USPS 간행물 28)
check-postal-rules-unknown = check는 { $country }의 주소 규칙을 모릅니다. 그 나라 주소의 줄은 검사하지 않았습니다
check-country-not-capitals-same = 주소는 대문자로 쓴 나라 이름 줄로 끝나야 합니다. 지금은 '{ $country }'입니다

# 템플릿.
check-unknown-variable = 없는 변수입니다: `{ $name }`
check-post-too-long = 게시물 길이가 X 기준으로 { $weight }입니다(URL은 23, 한중일 문자와 이모지는 2로 계산). 최대 { $max }까지 쓸 수 있습니다
check-share-too-long = 초대 글 길이가 X 기준으로 { $weight }입니다(URL은 23, 한중일 문자와 이모지는 2로 계산). 최대 { $max }까지 쓸 수 있습니다
# 프랑스어 문장 부호 규칙: $mark는 ; : ! ? » 가운데 하나입니다.
check-french-spacing-before = 프랑스어에서는 '{ $mark }' 앞에 { $wanted ->
    [narrow] 좁은 줄바꿈 없는 공백(U+202F)
   *[no-break] 줄바꿈 없는 공백(U+00A0)
}을 넣습니다. 여기에는 { $found ->
    [plain] 일반 공백이 있습니다(편집기에서는 둘이 똑같이 보입니다)
   *[none] 공백이 없습니다
}
check-french-spacing-after = 프랑스어에서는 '{ $mark }' 뒤에 좁은 줄바꿈 없는 공백(U+202F)을 넣습니다. 여기에는 { $found ->
    [plain] 일반 공백이 있습니다(편집기에서는 둘이 똑같이 보입니다)
   *[none] 공백이 없습니다
}

# 캠페인의 자체 낱말.
check-words-not-a-letter-area = 캠페인의 words 폴더에는 words/<언어>/{ $files }만 둘 수 있습니다. 나머지 낱말은 프로그램의 것입니다
check-words-unknown-language = '{ $code }'은(는) 캠페인의 언어가 아니어서 이 낱말은 쓰이지 않습니다
check-words-missing = '{ $code }'에 { $id } 메시지가 없어 그 언어의 편지에서는 영어로 씁니다

# 확인되지 않은 것으로 표시된 사실(참고로 알림)과 예전 형식의 계정 목록.
check-unverified = 확인되지 않음(confidence = "unverified"): { $fact }. 편지에 이 사실이 쓰일 때마다 경고가 나옵니다
check-old-handles = `handles`에 적힌 계정에는 주인도 신뢰도도 없어서 게시물에서 하나도 태그하지 않습니다. 계정마다 [[social.handle]] 표를 따로 두고 handle, owner, confidence를 쓰세요(게시물은 신뢰도가 high나 medium인 계정만 태그합니다)
check-unverified-handle = 확인되지 않음(confidence = "unverified"): { $fact }. 게시물에서 태그하지 않습니다
check-words-no-cldr = 프로그램에 '{ $code }'의 달력 데이터(CLDR)가 없어, 그 언어의 편지는 CLDR의 중립 형식(2026 M12 1)으로 날짜를 쓰고 언어와 나라 이름은 영어로 씁니다. words/{ $code }/page.ftl에서 $day, $month, $year로 날짜를 직접 쓸 수 있습니다(letters/README.md 참고)

# `new`가(또는 누군가가) 써 둔 자리표시자로, 아직 채워야 하는 것.
check-placeholder = 채워 넣어야 할 자리표시자: { $text }
