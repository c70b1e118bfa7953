/**
 * Unit tests run in English, the source language: the messages compile from the code as they run,
 * so a test reads the same words a user of the English portal sees.
 */
import { i18n } from '@lingui/core'

i18n.loadAndActivate({ locale: 'en', messages: {} })
