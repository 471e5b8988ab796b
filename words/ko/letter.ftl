# 작성한 편지에 대해 사용자가 알아야 할 내용.

letter-unreviewed = 이 캠페인의 { $language } 글은 아직 원어민의 검토를 거치지 않았습니다. 보내기 전에 꼼꼼히 읽어 보세요. 이 언어를 읽지 못하신다면 읽을 수 있는 분께 대신 읽어 봐 달라고 부탁하세요
letter-term-ended = 자료에 등록된 { $holder } { $office }의 임기는 { $end }까지였으므로, 편지는 개인이 아닌 직책 앞으로 썼습니다. 지금 누가 그 직을 맡고 있는지 확인하세요.
letter-bad-timezone = phone.timezone '{ $zone }': { $why }
letter-words-missing = 캠페인에 '{ $language }' 언어로 된 제목·표시 문구 { $count }개가 없어 영어로 씁니다({ $ids }). words/{ $language }/에 추가하세요(letters/README.md 참고)

# 캠페인이 확인되지 않았다고 표시한 사실(confidence = "unverified"). 경고에서 이렇게 부릅니다.
letter-unverified = 캠페인에는 { $fact }이(가) 확인되지 않은 것으로 표시되어 있습니다. 믿고 쓰기 전에 확인하세요
letter-fact-recipient = 받는 곳 “{ $office }”
letter-fact-holder = { $office }(으)로 적힌 { $name }
letter-fact-postal = 우편 주소 “{ $label }”
letter-fact-phone = 전화번호 { $number }
letter-fact-link = 링크 { $url }
letter-fact-handle = 계정 @{ $handle }(주인: { $owner })
letter-fact-social = 소셜 미디어 계정 표
letter-share-no-cities = 초대 글을 만들려면 캠페인의 두 도시를 알아야 합니다. campaign.toml에 `cities = ["주도시", "자매도시"]`([places]의 id, 주 수신처의 도시를 먼저)를 넣거나 templates/{ $language }/share.hbs를 작성하세요
letter-no-latin-form = { $what ->
    [name] 이름({ $value })에
   *[city] 사는 곳({ $value })에
} 로마자가 없어 { $language } 편지에 입력한 그대로 적힙니다. 받는 분이 읽지 못할 수 있으니 { $what ->
    [name] --latin-name "Kim Min-ji"
   *[city] --latin-city "Seoul"
}처럼 로마자 표기를 넣어 주세요
