// Whether a command-line tool is installed (LibreOffice, qpdf, poppler, unzip, openssl…).
import { execFileSync } from 'node:child_process';

export function hasTool(tool: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
