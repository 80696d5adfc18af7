// monaco-yaml's worker, re-exported from our own file as monaco-yaml's Vite notes advise
import 'monaco-yaml/yaml.worker.js';
