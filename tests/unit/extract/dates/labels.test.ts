import { describe, expect, it } from 'vitest';
import { roleFromLabel } from '../../../../utils/extract/dates/labels';

describe('roleFromLabel', () => {
  it.each([
    ['Updated ', 'modified'],
    ['Last updated: ', 'modified'],
    ['Aktualisiert am ', 'modified'],
    ['Mis à jour le ', 'modified'],
    ['Actualizado el ', 'modified'],
    ['Aggiornato il ', 'modified'],
    ['Atualizado em ', 'modified'],
    ['Bijgewerkt op ', 'modified'],
    ['Aktualizacja: ', 'modified'],
    ['Обновлено ', 'modified'],
    ['Оновлено ', 'modified'],
    ['Published ', 'published'],
    ['Veröffentlicht am ', 'published'],
    ['Publié le ', 'published'],
    ['Publicado el ', 'published'],
    ['Pubblicato il ', 'published'],
    ['Gepubliceerd op ', 'published'],
    ['Opublikowano: ', 'published'],
    ['Опубликовано ', 'published'],
    ['Опубліковано ', 'published'],
    ['By Ann Lee | ', 'unknown'],
    ['Registriert: ', 'other'],
    ['Member since ', 'other'],
    ['Зарегистрирован: ', 'other'],
    ['Published 3 July | Updated ', 'modified'],
  ])('%j → %s', (prefix, want) => {
    expect(roleFromLabel(prefix)).toBe(want);
  });
});
