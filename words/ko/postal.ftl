# 인쇄용 편지.

postal-no-recipient = '{ $campaign }' 캠페인에는 인쇄용 편지를 받을 곳의 우편 주소가 없습니다
postal-no-return-address = 편지에 보내는 사람의 우편 주소가 없어, 받는 곳에서 우편으로 답장할 수 없습니다. --address LINE 옵션으로 주소를 넣으세요(주소 한 줄마다 옵션 하나)

# 인쇄용 편지를 만든 뒤: 봉투마다 한 줄, 그 봉투에 넣을 PDF 쪽.
postal-envelope = 봉투 { $number } — { $office }: { $count ->
    [1] { $first }쪽
   *[other] { $first }–{ $last }쪽
}
