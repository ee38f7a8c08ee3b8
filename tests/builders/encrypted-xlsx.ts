// An .xlsx encrypted with a password as Excel does it (ECMA-376 agile encryption: AES-256-CBC,
// SHA-512, 100 000 spins) inside an OLE compound file with the EncryptionInfo and EncryptedPackage
// streams. Both streams are kept at 4096 bytes or more so the compound file needs no mini stream.
import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto'

const SPIN_COUNT = 100_000
const SEGMENT = 4096
const BLOCK_KEYS = {
  verifierInput: Buffer.from('fea7d2763b4b9e79', 'hex'),
  verifierValue: Buffer.from('d7aa0f6d3061344e', 'hex'),
  keyValue: Buffer.from('146e0be7abacd0d6', 'hex'),
  hmacKey: Buffer.from('5fb2ad010cb9e1f6', 'hex'),
  hmacValue: Buffer.from('a0677f02b22c8433', 'hex'),
}

const sha512 = (...parts: Buffer[]) => createHash('sha512').update(Buffer.concat(parts)).digest()

function aes(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const padded = Buffer.concat([data, Buffer.alloc((16 - (data.length % 16)) % 16)])
  const c = createCipheriv('aes-256-cbc', key, iv.subarray(0, 16))
  c.setAutoPadding(false)
  return Buffer.concat([c.update(padded), c.final()])
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(n)
  return b
}

function passwordKey(password: string, salt: Buffer, blockKey: Buffer): Buffer {
  let h = sha512(salt, Buffer.from(password, 'utf16le'))
  for (let i = 0; i < SPIN_COUNT; i++) h = sha512(u32(i), h)
  return sha512(h, blockKey).subarray(0, 32)
}

function encryptionInfo(password: string, keySalt: Buffer, secret: Buffer, encryptedPackage: Buffer): Buffer {
  const salt = randomBytes(16)
  const verifier = randomBytes(16)
  const hmacKey = randomBytes(64)
  const hmac = createHmac('sha512', hmacKey).update(encryptedPackage).digest()
  const b64 = (b: Buffer) => b.toString('base64')
  const params = 'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"'
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<keyData ${params} saltValue="${b64(keySalt)}"/>` +
    `<dataIntegrity encryptedHmacKey="${b64(aes(secret, sha512(keySalt, BLOCK_KEYS.hmacKey), hmacKey))}" encryptedHmacValue="${b64(aes(secret, sha512(keySalt, BLOCK_KEYS.hmacValue), hmac))}"/>` +
    '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password">' +
    `<p:encryptedKey spinCount="${SPIN_COUNT}" ${params} saltValue="${b64(salt)}"` +
    ` encryptedVerifierHashInput="${b64(aes(passwordKey(password, salt, BLOCK_KEYS.verifierInput), salt, verifier))}"` +
    ` encryptedVerifierHashValue="${b64(aes(passwordKey(password, salt, BLOCK_KEYS.verifierValue), salt, sha512(verifier)))}"` +
    ` encryptedKeyValue="${b64(aes(passwordKey(password, salt, BLOCK_KEYS.keyValue), salt, secret))}"/>` +
    '</keyEncryptor></keyEncryptors></encryption>'
  const head = Buffer.alloc(8)
  head.writeUInt16LE(4, 0)
  head.writeUInt16LE(4, 2)
  head.writeUInt32LE(0x40, 4)
  const body = Buffer.concat([head, Buffer.from(xml, 'utf8')])
  // Trailing white space after the root element keeps the stream out of the mini stream.
  return body.length >= SEGMENT ? body : Buffer.concat([body, Buffer.alloc(SEGMENT - body.length, 0x20)])
}

function encryptedPackage(plain: Uint8Array, keySalt: Buffer, secret: Buffer): Buffer {
  const size = Buffer.alloc(8)
  size.writeBigUInt64LE(BigInt(plain.length))
  const parts: Buffer[] = [size]
  for (let i = 0, at = 0; at < plain.length; i++, at += SEGMENT) {
    parts.push(aes(secret, sha512(keySalt, u32(i)), Buffer.from(plain.subarray(at, at + SEGMENT))))
  }
  return Buffer.concat(parts)
}

const FREE = 0xffffffff
const END = 0xfffffffe
const FAT_SECTOR = 0xfffffffd

function directoryEntry(name: string, type: number, child: number, right: number, start: number, size: number): Buffer {
  const e = Buffer.alloc(128)
  const n = Buffer.from(`${name}\0`, 'utf16le')
  n.copy(e, 0)
  e.writeUInt16LE(n.length, 64)
  e[66] = type
  e[67] = 1 // black
  e.writeUInt32LE(FREE, 68)
  e.writeUInt32LE(right, 72)
  e.writeUInt32LE(child, 76)
  e.writeUInt32LE(start, 116)
  e.writeUInt32LE(size, 120)
  return e
}

/** A version-3 compound file (512-byte sectors) holding the given streams (each ≥ 4096 bytes) under the root. */
export function compoundFile(streams: readonly { name: string; data: Buffer }[]): Buffer {
  const sectorsOf = (n: number) => Math.ceil(n / 512)
  const streamSectors = streams.reduce((n, s) => n + sectorsOf(s.data.length), 0)
  const dirSectors = sectorsOf((streams.length + 1) * 128)
  let fatSectors = 1
  while (fatSectors * 128 < fatSectors + dirSectors + streamSectors) fatSectors++
  if (fatSectors > 109) throw new Error('compoundFile: too large for the header DIFAT')
  const fat = new Array<number>(fatSectors * 128).fill(FREE)
  for (let i = 0; i < fatSectors; i++) fat[i] = FAT_SECTOR
  const chain = (start: number, count: number) => {
    for (let i = 0; i < count; i++) fat[start + i] = i === count - 1 ? END : start + i + 1
  }
  const dirStart = fatSectors
  chain(dirStart, dirSectors)
  let next = dirStart + dirSectors
  const starts = streams.map((s) => {
    const start = next
    chain(start, sectorsOf(s.data.length))
    next += sectorsOf(s.data.length)
    return start
  })
  // Siblings in name order (shorter names first): a right-leaning chain of black nodes.
  const order = streams.map((s, i) => ({ s, i })).sort((a, b) => a.s.name.length - b.s.name.length || a.s.name.toUpperCase().localeCompare(b.s.name.toUpperCase()))
  const rightOf = new Map(order.map((o, k) => [o.i, k + 1 < order.length ? (order[k + 1] as { i: number }).i + 1 : FREE]))
  const entries = [directoryEntry('Root Entry', 5, order.length > 0 ? (order[0] as { i: number }).i + 1 : FREE, FREE, END, 0)]
  streams.forEach((s, i) => entries.push(directoryEntry(s.name, 2, FREE, rightOf.get(i) ?? FREE, starts[i] as number, s.data.length)))
  const header = Buffer.alloc(512)
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header, 0)
  header.writeUInt16LE(0x3e, 0x18)
  header.writeUInt16LE(3, 0x1a)
  header.writeUInt16LE(0xfffe, 0x1c)
  header.writeUInt16LE(9, 0x1e)
  header.writeUInt16LE(6, 0x20)
  header.writeUInt32LE(fatSectors, 0x2c)
  header.writeUInt32LE(dirStart, 0x30)
  header.writeUInt32LE(4096, 0x38)
  header.writeUInt32LE(END, 0x3c)
  header.writeUInt32LE(END, 0x44)
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i < fatSectors ? i : FREE, 0x4c + i * 4)
  const fatBytes = Buffer.alloc(fatSectors * 512)
  fat.forEach((v, i) => fatBytes.writeUInt32LE(v, i * 4))
  const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(sectorsOf(b.length) * 512 - b.length)])
  return Buffer.concat([header, fatBytes, pad(Buffer.concat(entries)), ...streams.map((s) => pad(s.data))])
}

/** The .xlsx bytes encrypted with `password`, as Excel's “用密码进行加密” saves them. */
export function encryptXlsx(xlsx: Uint8Array, password: string): Buffer {
  const keySalt = randomBytes(16)
  const secret = randomBytes(32)
  const pkg = encryptedPackage(xlsx, keySalt, secret)
  return compoundFile([
    { name: 'EncryptionInfo', data: encryptionInfo(password, keySalt, secret, pkg) },
    { name: 'EncryptedPackage', data: pkg },
  ])
}
