# 작성한 편지에 대해 사용자가 알아야 할 내용.

letter-unreviewed = 이 캠페인의 { $language } 글은 아직 원어민의 검토를 거치지 않았습니다. 보내기 전에 꼼꼼히 읽어 보세요. 이 언어를 읽지 못하신다면 읽을 수 있는 분께 대신 읽어 봐 달라고 부탁하세요
letter-term-ended = 자료에 등록된 { $holder } { $office }의 임기는 { $end }까지였으므로, 편지는 개인이 아닌 직책 앞으로 썼습니다. 지금 누가 그 직을 맡고 있는지 확인하세요.
letter-bad-timezone = phone.timezone '{ $zone }': { $why }
letter-words-missing = 캠페인에 '{ $language }' 언어로 된 제목·표시 문구 { $count }개가 없어 영어로 씁니다({ $ids }). words/{ $language }/에 추가하십시오(letters/README.md 참고)
