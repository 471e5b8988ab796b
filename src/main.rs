fn main() -> std::process::ExitCode {
    sister_letter::run(std::env::args_os()).into()
}
