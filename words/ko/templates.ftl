# 캠페인의 템플릿: 읽기, 해석하기, 채우기.

# $piece는 templates/LANGUAGE/PIECE.hbs 파일의 템플릿 이름입니다: subject, body,
# phone, post.
templates-missing = 파일이 없습니다: '{ $language }' 언어에는 { $piece } 템플릿이 필요합니다
templates-not-loaded = { $piece } 템플릿을 불러오지 않았습니다
templates-cannot-fill = 템플릿을 채울 수 없습니다: { $why }
templates-unknown-variable = 없는 변수입니다: `{ $name }`
templates-syntax = 템플릿 문법 오류: { $why }
templates-syntax-not-closed = 템플릿 문법 오류: 여기 있는 {"{{…}}"} 표현식이 닫히지 않았거나, 블록({"{{#if}}"}, {"{{#each}}"})을 {"{{/if}}"}, {"{{/each}}"} 태그로 닫지 않았습니다
templates-too-large = 템플릿 크기가 { $size }KiB입니다. 템플릿은 최대 { $max }KiB까지 쓸 수 있습니다
# $code는 문자 번호를 16진수로 쓴 것입니다(예: 0007).
templates-control-character = 템플릿에 터미널이 명령으로 따를 수 있는 제어 문자(U+{ $code })가 들어 있습니다
templates-too-many-expressions = 템플릿에 표현식이 { $max }개보다 많습니다
templates-too-deep = 블록이 { $max }단계보다 깊게 중첩되어 있습니다
templates-hidden-character = 보이지 않거나 글자 방향을 바꾸는 문자(U+{ $code })가 있습니다. 편지 내용을 가리거나 순서를 바꿀 수 있으니 지우세요
templates-recursive-partial = 부분 템플릿이 직접 또는 다른 부분 템플릿을 거쳐 자기 자신을 부릅니다('{ $name }'). 채우기가 끝나지 않습니다
templates-dynamic-partial = 식으로 이름을 정한 부분 템플릿은 따라갈 수 없습니다. 정의한 이름 그대로 쓰세요: {"{{"}> 이름{"}}"}
templates-too-much-work = 이 템플릿을 채우려면 { $max }단계가 넘게 걸립니다(반복과 부분 템플릿이 겹겹이 들어 있음). 더 단순하게 고치세요
templates-too-long-text = 이 템플릿으로 채운 글이 { $max }KiB보다 깁니다. 어떤 편지보다도 길므로 줄이세요
