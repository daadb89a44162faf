// What a command may print; passed in so that tests can read it.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
