# 질문, 메뉴, 그리고 요청에서 잘못될 수 있는 점.

request-refused = { $source }: { $why }
request-source-env = 환경 변수 { $var }
request-source-settings = 설정 파일 { $path }의 '{ $key }' 항목
request-source-from-question = From 주소 질문에 입력한 값

request-what-all = 편지 자료 전체
request-what-subject = 제목
request-what-body = 이메일 본문
request-what-recipients = 받는 곳 목록
request-what-addresses = 우편 주소
request-what-phone = 통화 안내문
request-what-post = 소셜 미디어 게시물
request-what-share = 친구에게 보낼 초대 글
request-what-pdf = 인쇄용 편지
request-what-message = { $format ->
    [eml] 메시지
    [mailto] mailto: 링크
   *[json] JSON
}

request-action-print = 여기에 모두 출력
request-action-open = 메일 앱에서 열기
request-action-copy = 이메일 본문을 클립보드에 복사
request-action-eml = 메일 프로그램용 .eml 파일로 저장
request-action-pdf = 우편으로 보낼 인쇄용 편지(PDF) 저장
request-ask-recipients = 인쇄용 편지를 받을 곳을 고르세요 (스페이스로 선택·해제, Enter로 확인)
request-ask-recipients-again = 스페이스로 받는 곳을 하나 이상 고른 뒤 Enter를 누르세요
request-action-mailto = mailto: 링크 보기

request-one-address-per-flag = { $flag }: '{ $value }'에 주소가 둘 이상 들어 있습니다. 주소마다 { $flag } 옵션을 따로 쓰세요
request-twice-to-cc = 같은 주소가 --to와 --cc에 모두 있습니다: { $address }. 받는 사람(To)으로 한 번만 보냅니다

request-no-name = 편지에 서명할 이름이 없습니다. --name NAME 옵션을 쓰거나 SISTER_LETTER_NAME 환경 변수를 설정하세요(터미널에서 실행하면 이름을 물어봅니다)
request-no-name-nor-language = 편지에 서명할 이름도, 편지 언어도 정하지 않았습니다. --name NAME과 --lang CODE를 지정하거나 SISTER_LETTER_NAME과 SISTER_LETTER_LANG을 설정하세요(터미널에서 실행하면 물어봅니다). 쓸 수 있는 언어: { $available }
request-no-language = 편지 언어를 정하지 않았습니다. --lang CODE 옵션을 쓰거나 SISTER_LETTER_LANG 환경 변수를 설정하세요. 사용할 수 있는 언어: { $available }
request-no-campaign = 캠페인을 정하지 않았습니다. --campaign ID 옵션으로 지정하세요
request-unknown-language = { $source }: '{ $campaign }' 캠페인에는 '{ $code }' 언어가 없습니다. 사용할 수 있는 언어: { $available }
request-unknown-recipient = --recipient: 받는 곳 '{ $recipient }'의 우편 주소가 등록되어 있지 않습니다. 사용할 수 있는 받는 곳: { $available }
request-not-a-font = --font: { $path }: 글꼴 파일이 아닙니다
request-open-json = --open 옵션은 편지를 메일 앱으로 넘기거나 인쇄용 편지를 엽니다. --format text, eml, mailto, pdf 중 하나와 함께 쓰세요
request-open-with-output = --open 옵션은 편지를 메일 앱으로 넘깁니다. --copy 옵션과 --output 옵션을 빼세요
request-copy-pdf = 인쇄용 편지는 복사할 텍스트가 아니라 파일입니다. --copy 옵션을 빼거나 --output FILE 옵션을 쓰세요
request-file-name-missing = 파일 이름을 입력하세요
request-file-exists = 파일이 이미 있습니다: { $path }. 다른 이름을 입력하세요

request-ask-campaign = 어떤 캠페인의 편지를 쓸까요?
request-ask-language = 편지 언어
request-ask-name = 이름 (편지에 서명으로 들어갑니다)
request-ask-city = 사는 도시와 나라 (건너뛰려면 Enter)
request-ask-note = 편지마다 달라지도록 직접 덧붙일 한 문장 (건너뛰려면 Enter)
request-ask-latin = { $what ->
    [name] { $language } 독자가 읽을 수 있는 로마자 이름({ $value }, 입력한 그대로 서명하려면 Enter)
   *[city] { $language } 독자가 읽을 수 있는 로마자 지명({ $value }, 입력한 그대로 두려면 Enter)
}
request-ask-note-for = { $language } 편지에 덧붙일 한 문장({ $language }로 쓰세요. 없으면 Enter)
request-ask-email = { $office } 이메일 주소 (건너뛰려면 Enter)
request-ask-action = 편지를 어떻게 할까요?
request-ask-from = 내 이메일 주소 (메시지의 From 줄에 들어갑니다. 건너뛰려면 Enter)
request-ask-save-as = 저장할 파일 이름
request-ask-address-first = 내 우편 주소 첫째 줄 (받는 곳에서 우편으로 답장할 때 씁니다. 건너뛰려면 Enter)
request-ask-address-next = 주소 { $number ->
    [2] 둘째
    [3] 셋째
   *[4] 넷째
} 줄 (다 입력했으면 Enter)
request-ask-country = 나라 코드 (KR, FR, US 같은 두 글자. 건너뛰려면 Enter)
request-too-many-address-lines = 우편 주소는 최대 { $max }줄까지 쓸 수 있습니다(한 줄마다 --address 한 번). 지금 { $count }줄입니다
request-wrap-text-only = --wrap은 텍스트의 줄을 나눕니다. --format { $format }은 이미 메일에 맞는 줄 길이로 만들어집니다
request-pdf-to-terminal = PDF를 터미널에 보이면 알아볼 수 없는 문자가 나옵니다. -o로 파일 이름을 주거나 파이프로 보내세요
request-envelope-paper = --envelope { $envelope }에는 { $takes } 용지를 써야 하며 --paper { $paper }와(과) 맞지 않습니다. 둘 중 하나만 주거나 서로 맞는 값을 주세요

# 한 번에 여러 가지를 할 때, 하나를 마친 뒤의 메뉴.
request-ask-next-action = 다음에는 무엇을 할까요?
request-action-copy-subject = 제목을 클립보드에 복사
request-action-phone = 통화 안내문 보기
request-action-post = 소셜 미디어 게시물 보기
request-action-copy-post = 소셜 미디어 게시물을 클립보드에 복사
request-action-share = 친구에게 보낼 초대 글 보기
request-action-copy-share = 친구에게 보낼 초대 글을 클립보드에 복사
request-action-done = 끝내기
request-done-printed = { $what ->
    [all] 편지 전체를
    [subject] 제목을
    [body] 이메일 본문을
    [phone] 통화 안내문을
    [post] 소셜 미디어 게시물을
    [share] 친구에게 보낼 초대 글을
    [recipients] 받는 곳 목록을
    [addresses] 우편 주소를
    [mailto] mailto: 링크를
   *[other] 편지를
} 출력했습니다
request-done-copied = { $what ->
    [all] 편지 전체를
    [subject] 제목을
    [body] 이메일 본문을
    [phone] 통화 안내문을
    [post] 소셜 미디어 게시물을
    [share] 친구에게 보낼 초대 글을
    [recipients] 받는 곳 목록을
    [addresses] 우편 주소를
   *[other] 편지를
} 클립보드에 복사했습니다
request-done-saved-text = { $what ->
    [all] 편지 전체를
   *[other] 편지의 일부를
} { $path }에 저장했습니다
request-done-saved-eml = 메시지를 { $path }에 저장했습니다
request-done-saved-pdf = 인쇄용 편지를 { $path }에 저장했습니다
request-done-mail-app = 메일 앱에서 편지를 열었습니다
