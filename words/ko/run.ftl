# 실행 전체에 관한 내용.

run-bad-now = SISTER_LETTER_NOW '{ $value }': { $why }
run-compose-flag-with-subcommand = { $flag } 옵션은 편지를 쓸 때만 씁니다. '{ $subcommand }' 하위 명령과 함께 쓸 수 없습니다
