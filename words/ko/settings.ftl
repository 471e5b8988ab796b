# 설정 파일과, 답변을 저장해 두겠느냐는 제안.

settings-fix-or-skip = { $why } (파일을 고치거나 --no-config 옵션으로 실행하세요)
settings-not-utf8 = 설정 파일이 UTF-8 텍스트가 아닙니다
settings-cannot-read = 설정 파일을 읽을 수 없습니다: { $why }
settings-cannot-create = 폴더를 만들 수 없습니다: { $path } ({ $why })
settings-link-to-another-user = { $path } 파일은 다른 사용자의 파일을 가리키는 링크라서 이 링크로는 쓰지 않습니다
settings-cannot-write = 설정을 저장할 수 없습니다: { $why }
settings-ask-update = 저장된 답변을 { $kept }로 바꿀까요?
settings-ask-remember = 다음에도 쓸 수 있도록 { $kept }를 저장할까요? (저장 위치: { $path })
settings-not-remembered = 답변을 저장하지 못했습니다: { $why }
# 저장할 내용: "이름(Ada), 언어(ko), 사는 곳(서울) 정보". 질문에서 바로 뒤에 '를', '로'가
# 붙으므로 모음으로 끝나는 '정보'로 맺습니다.
settings-kept = { $list } 정보
settings-kept-name = 이름({ $value })
settings-kept-language = 언어({ $value })
settings-kept-city = 사는 곳({ $value })
settings-kept-latin-name = 로마자 이름({ $value })
settings-kept-latin-city = 로마자 지명({ $value })
settings-kept-from = 이메일 주소({ $value })
settings-kept-address = 우편 주소({ $value })
settings-kept-country = 나라({ $value })
