# 인쇄용 편지: 글꼴, 봉투 창, PDF 파일.

pdf-cannot-read-font = 글꼴 파일을 읽을 수 없습니다: { $path } ({ $why })
pdf-not-a-font = 사용할 수 있는 글꼴이 아닙니다: { $path } (TrueType 또는 OpenType 파일이 필요합니다)
pdf-embedded-font-unreadable = 내장 글꼴을 읽을 수 없습니다
pdf-font-unreadable = 글꼴을 읽을 수 없습니다
pdf-font-unreadable-for-pdf = PDF에 넣을 글꼴을 읽을 수 없습니다
# $characters는 문자 목록입니다: 'ж'(U+0436), '☃'(U+2603). $count는 그 개수입니다.
pdf-no-glyph = 다음 문자의 글리프가 있는 글꼴이 없습니다: { $characters }. { $count ->
    [one] 해당 문자가
   *[other] 해당 문자가
} 들어 있는 글꼴을 --font 옵션으로 지정하세요
pdf-more-characters = 그 밖의 { $count }자
pdf-character = '{ $character }'(U+{ $code })
pdf-too-many-recipient-lines = 받는 사람 주소가 { $count }줄입니다. 창봉투의 창에는 최대 { $max }줄까지만 보입니다
pdf-recipient-does-not-fit = 받는 사람 주소를 { $size }pt까지 줄여도 봉투 창({ $width } × { $height } mm)에 들어가지 않습니다. 가장 긴 줄을 줄이세요: "{ $longest }"
pdf-sender-too-long = 보내는 사람 주소의 줄이 너무 많아({ $count }줄) 봉투 창 위에 다 들어가지 않습니다
pdf-bad-page-size = 페이지 크기가 올바르지 않습니다
pdf-cannot-write = PDF를 만들 수 없습니다: { $why }
