// `npm start`: fetches Electron's binary on first start (npm may skip its install script),
// builds the app and opens it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync('node_modules/electron/path.txt')) {
  console.log('Premier démarrage : téléchargement d’Electron…');
  const install = spawnSync('node', ['node_modules/electron/install.js'], { stdio: 'inherit' });
  if (install.status !== 0) {
    console.error(
      'Electron n’a pas pu être téléchargé (pas d’accès à Internet ?). Le mode navigateur reste disponible : « npm run web ».',
    );
    process.exit(1);
  }
}
run('npx', ['react-dsfr', 'update-icons']);
run('npx', ['electron-vite', 'preview']);
