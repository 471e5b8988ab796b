# 질문을 한 뒤의 경고: 사용자가 건너뛴 것을 옵션 이름 없이 알립니다. 질문을 한 실행에서만 읽는 별도 파일입니다.

skipped-no-from = 메시지에 보내는 사람(From:) 주소가 없습니다. 메일 프로그램이 채워 주거나 보내기를 거부할 수 있습니다
skipped-no-recipient-address = 메시지에 받는 사람 주소가 없습니다. 보내기 전에 메일 프로그램에서 주소를 넣으세요
skipped-mailto-too-long = mailto 링크가 { $length }자나 됩니다. 많은 메일 앱이 { $limit }자가 넘는 링크를 자릅니다. 대신 메일 앱에서 편지를 열거나 .eml 파일로 저장하세요
skipped-no-return-address = 편지에 보내는 사람의 우편 주소가 없어, 받는 곳에서 우편으로 답장할 수 없습니다
