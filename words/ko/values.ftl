# 사용자가 준 값을 받아들이지 않는 이유. $what은 name, city, address 중 하나입니다.

values-empty = { $what ->
    [name] 이름이 비어 있습니다
    [city] 사는 곳이 비어 있습니다
   *[address] 우편 주소 줄이 비어 있습니다
}
values-control = { $what ->
    [name] 이름에
    [city] 사는 곳에
   *[address] 우편 주소 줄에
} 제어 문자(줄바꿈, 탭, 이스케이프 시퀀스)가 들어 있습니다. 한 줄의 일반 텍스트로 입력하세요
values-hidden = { $what ->
    [name] 이름에
    [city] 사는 곳에
   *[address] 우편 주소 줄에
} 텍스트 표시 방식을 바꾸는 보이지 않는 문자(줄 구분 문자, 문단 구분 문자, 방향 표시 문자)가 들어 있습니다. 일반 텍스트로 입력하세요
values-too-long = { $what ->
    [name] 이름이
    [city] 사는 곳이
   *[address] 우편 주소 줄이
} 너무 깁니다({ $length }자). 최대 { $max }자까지 입력할 수 있습니다
values-not-a-country = 나라 코드가 아닙니다: '{ $value }'. FR, KR, US처럼 두 글자로 입력하세요
values-unknown-country = '{ $value }'은(는) ISO 3166 나라 코드가 아닙니다. FR, DE, US 같은 코드를 입력하세요
values-no-latin = { $what ->
    [name] 로마자 이름으로 입력한 값에
   *[city] 로마자 지명으로 입력한 값에
} 로마자가 하나도 없습니다. Kim Min-ji, Seoul처럼 프랑스어나 영어 독자가 읽을 수 있게 입력하세요
values-note-empty = 덧붙인 문장이 비어 있습니다
values-note-control = 덧붙인 문장에 제어 문자(탭, 이스케이프 시퀀스)가 들어 있습니다. 일반 텍스트로 입력하세요
values-note-too-long = 덧붙인 문장이 너무 깁니다({ $length }자). 최대 { $max }자까지 입력할 수 있습니다
values-several-addresses = '{ $value }'에 주소가 둘 이상 들어 있습니다. 여기에는 하나만 입력하고 나머지는 메일 프로그램에서 넣으세요
values-address-not-plain = '{ $value }': 따옴표, 공백, 이름 없이 name@example.org 같은 주소만 입력하세요
values-address-no-at = '{ $value }'에 @ 기호가 없습니다. name@example.org 같은 이메일 주소를 입력하세요
values-address-missing-part = '{ $value }'의 @ 앞이나 뒤에 빠진 부분이 있습니다. name@example.org 같은 이메일 주소를 입력하세요
values-address-not-ascii = '{ $value }': @ 앞부분에 ASCII가 아닌 문자가 있습니다. 이 컴퓨터의 메일 도구로는 이런 주소로 보낼 수 없습니다(SMTPUTF8 지원이 필요합니다). ASCII 주소를 입력하세요
values-address-bad-domain = '{ $value }'의 '{ $domain }' 부분은 example.org처럼 점이 들어간 도메인 이름이어야 합니다
values-address-invalid = 올바른 이메일 주소가 아닙니다: '{ $value }'. name@example.org 같은 주소를 입력하세요
values-given-twice = 같은 주소가 두 번 지정되었습니다: { $address }. 한 번만 사용합니다
