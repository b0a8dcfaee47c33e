// The canvas's header stays on top while scrolling, as in a spreadsheet: the phase row sticks at
// the top and the touchpoint row right under it. The phase row's height depends on its texts, so
// the touchpoint row's offset is measured after each draw (one layout read).
export function keepHeaderRowsStuck(table: HTMLElement, phaseRow: HTMLElement): void {
    let height = 0;
    for (const cell of Array.from(phaseRow.children)) height = Math.max(height, (cell as HTMLElement).offsetHeight);
    const value = `${height}px`;
    if (table.style.getPropertyValue('--phase-row-height') !== value) table.style.setProperty('--phase-row-height', value);
}
