//! An SMTP server on 127.0.0.1 for the tests: aiosmtpd, run by the test, writing the
//! message it receives as JSON. Like a real server it refuses lines over SMTP's limit.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

const SINK: &str = r#"
import asyncio, json, os, sys
from aiosmtpd.controller import Controller

class Sink:
    async def handle_DATA(self, server, session, envelope):
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                  "data": envelope.original_content.decode("utf-8")}
        tmp = os.path.join(sys.argv[1], "message.tmp")
        with open(tmp, "w") as f:
            json.dump(record, f)
        os.rename(tmp, os.path.join(sys.argv[1], "message.json"))
        return "250 OK"

controller = Controller(Sink(), hostname="127.0.0.1", port=int(sys.argv[2]))
controller.start()
print("ready", flush=True)
sys.stdin.read()
controller.stop()
"#;

pub struct Server {
    child: Child,
    dir: PathBuf,
    pub port: u16,
}

impl Server {
    /// Starts the server on a free port of 127.0.0.1; it writes into `dir`.
    pub fn start(dir: &Path) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let python = ["/usr/bin/python3", "python3"]
            .into_iter()
            .find(|p| {
                Command::new(p)
                    .args(["-c", "import aiosmtpd"])
                    .output()
                    .is_ok_and(|o| o.status.success())
            })
            .expect("python3 with aiosmtpd is missing: apt-get install python3-aiosmtpd");
        let mut child = Command::new(python)
            .args(["-c", SINK])
            .arg(dir)
            .arg(port.to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the SMTP server did not start");
        Server {
            child,
            dir: dir.to_path_buf(),
            port,
        }
    }

    fn message(&self) -> PathBuf {
        self.dir.join("message.json")
    }

    /// The message it received, once it has.
    pub fn received(&self) -> serde_json::Value {
        let path = self.message();
        let text = super::wait_until("the SMTP server to receive the message", || {
            std::fs::read_to_string(&path).map_err(|e| e.to_string())
        });
        serde_json::from_str(&text).unwrap()
    }

    /// Whether it has received a message since it started or forgot the last.
    pub fn has_received(&self) -> bool {
        self.message().exists()
    }

    /// Forgets the message received, to wait for the next.
    pub fn forget(&self) {
        let _ = std::fs::remove_file(self.message());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
