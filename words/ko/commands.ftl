# 편지 작성 외의 하위 명령: campaigns, check, export, 그리고 매뉴얼 페이지.

# 캠페인 목록에서 캠페인의 언어 뒤에 붙는, 자료를 확인한 날짜.
commands-checked-on = 확인일 { $date }
# 한국어의 복수 규칙에는 'one'이 없으므로 늘 [other]가 쓰입니다.
commands-checked = 캠페인 { $count ->
    [one] 1개
   *[other] { $count }개
}를 검사했습니다: 오류 { $errors ->
    [one] 1개
   *[other] { $errors }개
}, 경고 { $warnings ->
    [one] 1개
   *[other] { $warnings }개
}
commands-wrote = { $path }에 파일 { $count ->
    [one] 1개
   *[other] { $count }개
}를 저장했습니다
commands-cannot-render-manual = 매뉴얼 페이지를 만들 수 없습니다: { $why }

# `campaigns ID`: 받는 곳마다 등록된 연락처와, 인쇄용 편지를 기본으로 받는지.
commands-email = 이메일 주소 있음
commands-no-email = 이메일 주소 없음
commands-postal = 우편 주소 있음
commands-no-postal = 우편 주소 없음
commands-posted = 기본으로 우편 발송
commands-not-posted = 기본으로 우편 발송 안 함
