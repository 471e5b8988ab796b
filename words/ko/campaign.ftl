# 캠페인: 파일 읽기, 캠페인 고르기, 캠페인 파일이 지켜야 할 점.

campaign-not-utf8 = 올바른 UTF-8 텍스트가 아닙니다
campaign-cannot-read = 파일을 읽을 수 없습니다: { $why }
campaign-missing = 파일이 없습니다
campaign-unknown = 알 수 없는 캠페인입니다: '{ $id }'. 사용할 수 있는 캠페인: { $available }
campaign-none-found = 캠페인을 찾을 수 없습니다
campaign-several = 사용할 수 있는 캠페인이 여러 개입니다({ $available }). --campaign ID 옵션으로 하나를 고르세요
campaign-cannot-read-folder = { $path }: 폴더를 읽을 수 없습니다: { $why }
campaign-no-campaign-file = { $path }: 이 폴더에도, 하위 폴더에도 { $file } 파일이 없습니다
campaign-duplicate-id = 두 캠페인이 같은 id를 씁니다('{ $id }'): { $first }, { $second }. 한쪽의 id를 바꾸세요
campaign-bundled-id = 내장 캠페인의 id는 폴더 이름과 같아야 합니다(id: '{ $id }', 폴더: '{ $folder }')

# 캠페인 파일의 날짜.
campaign-invalid-date = 잘못된 날짜입니다: { $value } ({ $why })
campaign-not-a-date = 날짜가 아닙니다: { $value }. 2026-11-25 같은 형식으로 쓰세요

# 캠페인 파일의 값이 지켜야 할 점.
campaign-bad-campaign-id = 캠페인 id '{ $id }'에 쓸 수 없는 문자가 있습니다. 소문자, 숫자, -, _만 쓸 수 있습니다
campaign-bad-place-id = 지명 id '{ $id }'에 쓸 수 없는 문자가 있습니다. 소문자, 숫자, -, _만 쓸 수 있습니다
campaign-bad-recipient-id = 받는 곳 id '{ $id }'에 쓸 수 없는 문자가 있습니다. 소문자, 숫자, -, _만 쓸 수 있습니다
campaign-bad-language-code = 언어 코드가 올바르지 않습니다: '{ $code }'. fr, ko, pt-BR 같은 언어 태그를 쓰세요
campaign-bad-country-code = 나라 코드 '{ $code }'은(는) DE, FR, US 같은 대문자 ISO 3166 나라 코드가 아닙니다
# $code는 문자 번호를 16진수로 쓴 것입니다(예: 001B).
campaign-control-character = '{ $value }'에 제어 문자(U+{ $code })가 들어 있습니다. 이스케이프 시퀀스 없이 한 줄로 쓰세요
campaign-not-web-address = 웹 주소가 아닙니다: '{ $value }'. 주소 앞에 https:// 또는 http:// 부분을 붙이고, 공백 없이 쓰세요

# 캠페인의 자체 낱말 파일 words/<언어>/<영역>.ftl.
campaign-words-too-large = 파일이 { $size } KiB입니다. 낱말 파일은 { $max } KiB를 넘을 수 없습니다
campaign-words-hidden = 파일에 제어 문자나 보이지 않는 문자(U+{ $code })가 있어 글이 가려지거나 바뀔 수 있습니다. 지우세요
campaign-words-mistake = 프로그램이 읽을 수 있는 Fluent 형식이 아닙니다: { $why }
campaign-words-other-area = '{ $id }' 메시지는 다른 파일에 속합니다. { $area }.ftl의 메시지는 '{ $area }-'(으)로 시작해야 합니다

# 캠페인 파일의 형식: 문제를 모두, 각각 그 위치와 함께 알립니다.
# $known은 이 표에 쓸 수 있는 필드 목록입니다.
campaign-unknown-field = 알 수 없는 필드입니다: `{ $field }`. 이 표에 쓸 수 있는 필드는 { $known }입니다
campaign-missing-field = 필드가 빠졌습니다: `{ $field }`
# $expected는 campaign-kind- 문구 가운데 하나, $found는 찾은 TOML 값의 종류(string, integer, array…)입니다.
campaign-wrong-kind = `{ $field }`에는 { $expected }이(가) 와야 합니다. TOML { $found } 값은 쓸 수 없습니다
campaign-unknown-choice = `{ $field }`에 "{ $value }"은(는) 쓸 수 없습니다. { $choices } 가운데 하나를 고르세요
campaign-kind-text = 텍스트
campaign-kind-localized = 텍스트, 또는 언어 코드별 텍스트 표
campaign-kind-date = 2026-11-25 같은 날짜
campaign-kind-bool = true 또는 false
campaign-kind-choice = { $choices } 가운데 하나
campaign-kind-texts = 텍스트 목록
campaign-kind-table = 표
campaign-kind-tables = 표 목록([[…]])
# 편지를 만들 때는 첫 번째 문제만 알립니다. $path는 캠페인 폴더입니다.
campaign-several-problems = { $first } (이 밖에 문제 { $more }개: `sister-letter check { $path }`로 모두 볼 수 있습니다)
