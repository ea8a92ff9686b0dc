import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from './cv-sections';

interface Row {
  id: string;
  summary: ItemSummary;
  invalid: boolean;
}

/**
 * A reorderable list: drag by the handle with the mouse, or with the keyboard (space on the
 * handle, arrow keys, space), or with the up and down buttons. dnd-kit positions rows with
 * the style property (CSSOM), which the CSP's style-src 'self' allows; it injects no <style>.
 */
export function SortableItems(props: {
  label: string;
  rows: Row[];
  onMove: (id: string, toIndex: number) => void;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<{ id: string; dir: 'up' | 'down' } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const ids = props.rows.map((r) => r.id);
  const titleOf = (id: UniqueIdentifier) =>
    props.rows.find((r) => r.id === id)?.summary.title ?? '';
  const position = (id: UniqueIdentifier | undefined) => ({
    position: String(ids.indexOf(String(id)) + 1),
    total: String(ids.length),
  });

  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('cv.dnd.pickedUp', { title: titleOf(active.id), ...position(active.id) }),
    onDragOver: ({ active, over }) =>
      over ? t('cv.dnd.over', { title: titleOf(active.id), ...position(over.id) }) : undefined,
    onDragEnd: ({ active, over }) =>
      over ? t('cv.dnd.dropped', { title: titleOf(active.id), ...position(over.id) }) : undefined,
    onDragCancel: ({ active }) => t('cv.dnd.cancelled', { title: titleOf(active.id) }),
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id)
      props.onMove(String(active.id), ids.indexOf(String(over.id)));
  }

  function moveBy(id: string, delta: -1 | 1) {
    const to = ids.indexOf(id) + delta;
    if (to < 0 || to >= ids.length) return;
    focusAfterMove.current = { id, dir: delta < 0 ? 'up' : 'down' };
    props.onMove(id, to);
    setAnnouncement(
      t('cv.dnd.moved', {
        title: titleOf(id),
        position: String(to + 1),
        total: String(ids.length),
      }),
    );
  }

  // A moved row is re-inserted in the DOM, which drops the focus; put it back on the button,
  // or on the other one when the row reached the end of the list.
  useEffect(() => {
    const f = focusAfterMove.current;
    if (!f || !listRef.current) return;
    focusAfterMove.current = null;
    const row = listRef.current.querySelector<HTMLElement>(`[data-item-id="${f.id}"]`);
    const button = row?.querySelector<HTMLButtonElement>(`button[data-move="${f.dir}"]`);
    const other = row?.querySelector<HTMLButtonElement>(
      `button[data-move="${f.dir === 'up' ? 'down' : 'up'}"]`,
    );
    (button && !button.disabled ? button : other)?.focus();
  });

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('cv.dnd.instructions') },
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol className="cv-items" aria-label={props.label} ref={listRef}>
          {props.rows.map((row, i) => (
            <SortableRow
              key={row.id}
              row={row}
              first={i === 0}
              last={i === props.rows.length - 1}
              onUp={() => moveBy(row.id, -1)}
              onDown={() => moveBy(row.id, 1)}
              onEdit={() => props.onEdit(row.id)}
              onRemove={() => props.onRemove(row.id)}
            />
          ))}
        </ol>
      </SortableContext>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </DndContext>
  );
}

function SortableRow(props: {
  row: Row;
  first: boolean;
  last: boolean;
  onUp: () => void;
  onDown: () => void;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { row } = props;
  const title = row.summary.title;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: row.id, attributes: { roleDescription: t('cv.item.sortable') } });

  return (
    <li
      ref={setNodeRef}
      data-item-id={row.id}
      className={`cv-item${isDragging ? ' dragging' : ''}${row.invalid ? ' invalid' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="cv-handle"
        aria-label={`${t('cv.item.drag')}: ${title}`}
        {...attributes}
        {...listeners}
      >
        <svg width="12" height="18" viewBox="0 0 12 18" aria-hidden="true">
          {[3, 9, 15].map((y) =>
            [3, 9].map((x) => <circle key={`${x}-${y}`} cx={x} cy={y} r="1.6" />),
          )}
        </svg>
      </button>
      <div className="cv-item-body">
        <div className="cv-item-title">{title}</div>
        {row.summary.sub && <div className="cv-item-sub">{row.summary.sub}</div>}
        {row.invalid && <div className="error small">{t('cv.item.invalid')}</div>}
      </div>
      {row.summary.meta && <div className="cv-item-meta">{row.summary.meta}</div>}
      <div className="cv-item-actions">
        <button
          type="button"
          className="ghost small cv-move"
          data-move="up"
          aria-label={`${t('cv.item.moveUp')}: ${title}`}
          title={t('cv.item.moveUp')}
          disabled={props.first}
          onClick={props.onUp}
        >
          ↑
        </button>
        <button
          type="button"
          className="ghost small cv-move"
          data-move="down"
          aria-label={`${t('cv.item.moveDown')}: ${title}`}
          title={t('cv.item.moveDown')}
          disabled={props.last}
          onClick={props.onDown}
        >
          ↓
        </button>
        <button
          type="button"
          className="ghost small"
          aria-label={`${t('cv.item.edit')}: ${title}`}
          onClick={props.onEdit}
        >
          {t('cv.item.edit')}
        </button>
        <button
          type="button"
          className="ghost small danger"
          aria-label={`${t('cv.item.remove')}: ${title}`}
          onClick={props.onRemove}
        >
          {t('cv.item.remove')}
        </button>
      </div>
    </li>
  );
}
