import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/domain/client';
import { formatDutchDate } from '../../../shared/domain/dutch-date';
import { messageKey } from '../../i18n/keys';
import { services } from '../../state/services';
import { errorKey } from '../../state/session';
import {
  boxBetween,
  paintRedacted,
  redactedPng,
  REDACTED_FILE_NAME,
  toImagePoint,
  type Box,
  type Size,
} from './id-redaction';

/**
 * "ID-kopie (afgeschermd)": only when the coach keeps an ID copy anyway (it is never
 * required). The picked image is decoded into memory and drawn on a canvas; the coach drags
 * black boxes over the BSN and the photo; only the redacted canvas, encoded again as PNG
 * (no EXIF, no original pixels), is attached to the client's documents, and audited. The
 * picked file itself is never stored and its bitmap is released as soon as it is not shown.
 */
export function IdRedaction(props: { client: Client; today: string; onDone: () => void }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [image, setImage] = useState<{ bitmap: ImageBitmap; size: Size } | null>(null);
  const [boxes, setBoxes] = useState<Box[]>([]);
  const [dragFrom, setDragFrom] = useState<{ x: number; y: number } | null>(null);
  const [dragTo, setDragTo] = useState<{ x: number; y: number } | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<string | null>(null);

  // Release the decoded pixels when another image is picked or the panel closes.
  useEffect(() => () => image?.bitmap.close(), [image]);

  useEffect(() => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx || !image) return;
    const live = dragFrom && dragTo ? boxBetween(dragFrom, dragTo) : null;
    paintRedacted(ctx, image.bitmap, image.size, live ? [...boxes, live] : boxes);
  }, [image, boxes, dragFrom, dragTo]);

  async function pick(file: File | undefined) {
    setFailure(null);
    setBoxes([]);
    setState('idle');
    if (!file) return setImage(null);
    try {
      // Orientation from EXIF is applied to the pixels; the EXIF itself goes no further.
      const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
      setImage({ bitmap, size: { width: bitmap.width, height: bitmap.height } });
    } catch {
      setImage(null);
      setFailure('requests.idCopy.notAnImage');
    }
  }

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return toImagePoint(
      { x: e.clientX - r.left, y: e.clientY - r.top },
      { width: r.width, height: r.height },
      image?.size ?? { width: r.width, height: r.height },
    );
  };

  async function save() {
    if (!image || boxes.length === 0) return;
    setState('saving');
    setFailure(null);
    try {
      const png = await redactedPng(image.bitmap, image.size, boxes);
      const { id } = await services().documents.attach(props.client.id, png, {
        fileName: REDACTED_FILE_NAME,
        direction: 'ontvangen',
        date: formatDutchDate(props.today),
        counterparty: t('requests.idCopy.counterparty'),
        description: t('requests.idCopy.description', { count: boxes.length }),
      });
      await services().audit.append({
        action: 'id-copy-redacted',
        clientId: props.client.id,
        purpose: 'identiteitscontrole',
        detail: `document ${id}: ${boxes.length}`,
      });
      setImage(null);
      setBoxes([]);
      setState('saved');
    } catch (err) {
      setState('idle');
      setFailure(errorKey(err));
    }
  }

  return (
    <div className="id-redaction" data-testid="id-redaction">
      <p className="notice small">{t('requests.idCopy.never')}</p>
      <label className="field">
        <span>{t('requests.idCopy.file')}</span>
        <input
          type="file"
          accept="image/png,image/jpeg,image/webp"
          onChange={(e) => {
            void pick(e.target.files?.[0]);
            // The input keeps no reference to the picked file.
            e.target.value = '';
          }}
        />
      </label>
      {image && (
        <>
          <p className="muted small">{t('requests.idCopy.howTo')}</p>
          <canvas
            ref={canvas}
            width={image.size.width}
            height={image.size.height}
            className="id-redaction-canvas"
            aria-label={t('requests.idCopy.canvas', { count: boxes.length })}
            style={{ maxWidth: '100%', cursor: 'crosshair', touchAction: 'none' }}
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              setDragFrom(point(e));
              setDragTo(point(e));
            }}
            onPointerMove={(e) => dragFrom && setDragTo(point(e))}
            onPointerUp={(e) => {
              const box = dragFrom ? boxBetween(dragFrom, point(e)) : null;
              if (box) setBoxes((b) => [...b, box]);
              setDragFrom(null);
              setDragTo(null);
            }}
          />
          <div className="dialog-actions">
            <span className="status muted small" role="status" aria-live="polite">
              {t('requests.idCopy.boxes', { count: boxes.length })}
            </span>
            <button
              type="button"
              className="ghost"
              disabled={boxes.length === 0}
              onClick={() => setBoxes((b) => b.slice(0, -1))}
            >
              {t('requests.idCopy.undo')}
            </button>
            <button
              type="button"
              className="primary"
              disabled={boxes.length === 0 || state === 'saving'}
              onClick={() => void save()}
            >
              {t('requests.idCopy.save')}
            </button>
          </div>
        </>
      )}
      <div role="status" aria-live="polite">
        {state === 'saved' && <p className="success small">{t('requests.idCopy.saved')}</p>}
        {failure && <p className="error small">{t(messageKey(failure))}</p>}
      </div>
      <button type="button" className="ghost" onClick={props.onDone}>
        {t('requests.idCopy.close')}
      </button>
    </div>
  );
}
