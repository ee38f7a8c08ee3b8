// 上移 / 下移 in an ordered list (attachments print in this order); out of range leaves it as is.
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list]
  const out = [...list]
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item as T)
  return out
}
