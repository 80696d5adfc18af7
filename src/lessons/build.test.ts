import { describe, expect, it } from 'vitest';
import { buildLessons, stripOrder } from './build';
import { splitCommands, startFiles, stepStart, writeFileCommand } from './replay';

const files = {
  'lessons/05-services/lesson.yaml': 'chapter: 5\ntitle: { zh: 服务, en: Services }\n',
  'lessons/05-services/01-expose/README.zh.md': '# 暴露服务\n',
  'lessons/05-services/01-expose/README.en.md': '# Expose\n',
  'lessons/05-services/01-expose/checks.yaml': '- id: a\n  title: { zh: 甲, en: A }\n  run: kubectl get svc kubia\n  expect: { exitCode: 0 }\n',
  'lessons/05-services/01-expose/solution/commands.sh': 'kubectl create deployment kubia --image=luksa/kubia\n',
  'lessons/05-services/02-yaml/README.zh.md': '# 用 YAML\n',
  'lessons/05-services/02-yaml/README.en.md': '# With YAML\n',
  'lessons/05-services/02-yaml/start/svc.yaml': 'kind: Service # broken\n',
  'lessons/05-services/02-yaml/solution/svc.yaml': 'apiVersion: v1\nkind: Service\n',
  'lessons/05-services/03-more/README.zh.md': '# 更多\n',
  'lessons/05-services/03-more/README.en.md': '# More\n',
  'lessons/05-services/03-more/start/setup.sh': 'kubectl scale deployment kubia --replicas=2\n',
};

describe('lesson loader', () => {
  const [lesson] = buildLessons(files);

  it('orders steps by their NN- prefix and strips it from ids', () => {
    expect(stripOrder('05-services')).toBe('services');
    expect(lesson.id).toBe('services');
    expect(lesson.steps.map((s) => s.id)).toEqual(['expose', 'yaml', 'more']);
    expect(lesson.steps[1].title).toEqual({ zh: '用 YAML', en: 'With YAML' });
  });

  it('lets a step without start files inherit the previous end state', () => {
    expect(startFiles(lesson, 1)).toEqual({ 'svc.yaml': 'kind: Service # broken\n' });
    // step 3 has only a setup script: its own (empty) start folder
    expect(startFiles(lesson, 2)).toEqual({});
    expect(lesson.steps[2].setup).toContain('kubectl scale');
  });

  it('replays earlier solutions, writing their files first, then the setup', () => {
    const { commands } = stepStart(lesson, 2);
    expect(commands).toEqual([
      'kubectl create deployment kubia --image=luksa/kubia',
      'sleep 60',
      "cat > svc.yaml <<'EOF'\napiVersion: v1\nkind: Service\nEOF",
      'kubectl apply -f svc.yaml',
      'sleep 60',
      'kubectl scale deployment kubia --replicas=2',
    ]);
  });

  it('keeps heredocs whole when splitting a script', () => {
    expect(splitCommands('# c\nkubectl apply -f - <<EOF\na: 1\nEOF\n\necho hi\n')).toEqual(['kubectl apply -f - <<EOF\na: 1\nEOF', 'echo hi']);
    expect(writeFileCommand('f', 'EOF\n')).toBe("cat > f <<'EOF_'\nEOF\nEOF_");
  });

  it('rejects a check without a bilingual title', () => {
    expect(() => buildLessons({ ...files, 'lessons/05-services/01-expose/checks.yaml': '- id: x\n  title: { en: X }\n  run: ls\n  expect: { exitCode: 0 }\n' })).toThrow(/title.zh/);
  });
});
