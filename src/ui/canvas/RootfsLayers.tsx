import { useEffect, useState } from 'react';
import type { GraphNode } from '../../graph/model';
import type { RootfsLayers as Layers } from '../../sim/kubelet/layers';
import type { Lang } from '../../lessons';
import { translate } from '../i18n';
import { CANVAS_TEXT } from './strings';

const T = CANVAS_TEXT.rootfs;

/** The selected pod's first container drawn as its stacked layers, from the prompt's `container layers --json`. */
export function RootfsLayers({ node, lang, version, run }: { node: GraphNode; lang: Lang; version: number; run(command: string): Promise<string> }) {
  const [layers, setLayers] = useState<Layers | null>(null);
  const isPod = node.kind === 'Pod';
  useEffect(() => {
    if (!isPod) return;
    let live = true;
    run(`container layers ${node.name} -n ${node.namespace} --json`).then(
      (out) => {
        if (!live) return;
        try {
          setLayers(JSON.parse(out) as Layers);
        } catch {
          // the container has not been created yet: nothing to draw
          setLayers(null);
        }
      },
      () => live && setLayers(null),
    );
    return () => {
      live = false;
    };
  }, [isPod, node.name, node.namespace, version, run]);
  if (!isPod || !layers) return null;
  return (
    <section className="kp-rootfs" data-testid="rootfs-layers" aria-label={translate(lang, T.title)}>
      <h4>
        {translate(lang, T.title)} <span className="kp-muted">({translate(lang, T.restarts)}: {layers.restarts})</span>
      </h4>
      <div className="kp-layer writable" data-layer="writable">
        <b>{translate(lang, T.writable)}</b>
        {layers.writable.length ? layers.writable.map((f) => <code key={f.path}>{f.path}</code>) : <span className="kp-muted">{translate(lang, T.nothing)}</span>}
      </div>
      {layers.volumes.length > 0 && (
        <div className="kp-layer volume" data-layer="volumes">
          <b>{translate(lang, T.volumes)}</b>
          {layers.volumes.map((v) => (
            <code key={v.path}>
              {v.path} ← {v.volume}
              {v.readOnly ? ' (ro)' : ''}
            </code>
          ))}
        </div>
      )}
      <div className="kp-layer init" data-layer="init">
        <b>{translate(lang, T.init)}</b>
        {layers.init.map((p) => (
          <code key={p}>{p}</code>
        ))}
      </div>
      <div className="kp-layer image" data-layer="image">
        <b>{translate(lang, T.image)}</b>
        <code>{layers.image.name}</code>
        <span className="kp-muted">{layers.image.id.replace(/^.*@(sha256:[0-9a-f]{12}).*$/, '$1…')}</span>
      </div>
    </section>
  );
}
