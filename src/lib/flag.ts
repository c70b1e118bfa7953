import { createContext, useContext, useEffect, useMemo, useState, type Context } from 'react'

/** A yes/no that any number of parts of a page can raise at once ("errors are showing"). */
export interface Flag {
  /** Raises the flag; the returned function lowers it again. */
  raise: () => () => void
}

/** Owns a flag: whether anyone raises it, and the flag to hand down (through a context). */
export function useFlag(): [raised: boolean, flag: Flag] {
  const [count, setCount] = useState(0)
  const flag = useMemo<Flag>(
    () => ({
      raise: () => {
        setCount((n) => n + 1)
        return () => setCount((n) => n - 1)
      },
    }),
    [],
  )
  return [count > 0, flag]
}

/** Raises the context's flag while `when` holds, and lowers it when the caller goes away. */
export function useRaiseFlag(context: Context<Flag | null>, when: boolean) {
  const flag = useContext(context)
  useEffect(() => (when && flag ? flag.raise() : undefined), [flag, when])
}

export function createFlagContext() {
  return createContext<Flag | null>(null)
}
